//! afl target: [`vnextract_fuzz::readers`].
fn main() {
    vnextract_fuzz::warm_up();
    afl::fuzz!(|data: &[u8]| {
        vnextract_fuzz::readers(data);
    });
}
