//! afl target: [`vnextract_fuzz::extract`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::extract(data);
    });
}
