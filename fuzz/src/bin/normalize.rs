//! afl target: [`vnextract_fuzz::normalize_target`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::normalize_target(data);
    });
}
