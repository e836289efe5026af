//! afl target: [`vnextract_fuzz::tokenize`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::tokenize(data);
    });
}
