//! afl target: [`vnextract_fuzz::officials`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::officials(data);
    });
}
