//! The `vnextract` binary; everything but argument handling lives in the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
