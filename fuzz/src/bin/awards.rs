//! afl target: [`vnextract_fuzz::awards`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::awards(data);
    });
}
