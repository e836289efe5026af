//! afl target: [`vnextract_fuzz::pipeline`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::pipeline(data);
    });
}
