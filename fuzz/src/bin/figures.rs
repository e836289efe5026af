//! afl target: [`vnextract_fuzz::figures`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::figures(data);
    });
}
