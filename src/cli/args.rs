//! The command line's arguments (clap), and their mapping to the library's options.

use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};

use vnextract::extract::{
    DEFAULT_NAMES_L2, DEFAULT_NAMES_ORDERS, NameLearner, NameModel, NameTrainConfig,
};
use vnextract::io::{Format, InputOptions, parse_byte_size};
use vnextract::segment::word::train::TrainConfig;
use vnextract::segment::word::{UserDict, WordModel, WordSegmenter};
use vnextract::{Pipeline, PipelineBuilder};

#[derive(Parser, Debug)]
#[command(
    name = "vnextract",
    version,
    about = "Structured records from Vietnamese news articles, in bulk"
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub(crate) command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Extract one JSON record per article (JSON Lines, in input order).
    Extract(ExtractArgs),
    /// Print sentences and tokens, for inspection.
    Segment(SegmentArgs),
    /// Score records against gold annotations (P/R/F1 per type, misses, spurious items).
    Eval(EvalArgs),
    /// Write a generated news-like JSONL corpus, for throughput measurements.
    Generate(GenerateArgs),
    /// Train the word segmentation model from CoNLL-U data (deterministic).
    TrainSegmenter(TrainArgs),
    /// Train the officials' names model from annotated articles (deterministic).
    TrainOfficials(TrainOfficialsArgs),
    /// Print the index settings and mapping for `extract --format es-bulk` documents.
    Mapping(MappingArgs),
    /// Add articles to a search index (a directory), replacing those with the same id; the
    /// error records of articles that cannot be indexed are the output.
    #[cfg(feature = "index")]
    Index(IndexArgs),
    /// Search an index made by `vnextract index`: ranked articles, snippets, entities.
    #[cfg(feature = "index")]
    Search(SearchArgs),
}

#[cfg(feature = "index")]
#[derive(Args, Debug)]
pub(crate) struct IndexArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    /// The index directory: created when missing or empty, else added to.
    #[arg(long, value_name = "DIR")]
    pub(crate) index: PathBuf,
    /// The output holds the error records of the articles that cannot be indexed.
    #[command(flatten)]
    pub(crate) run: RunArgs,
    /// Commit after this many articles: a killed run loses at most the articles since the
    /// last commit, and a rerun over the same inputs goes on after them.
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub(crate) commit_every: u64,
    /// The index writer's buffer, in bytes or with a unit (the run's memory is about this
    /// plus 100 MB).
    #[arg(long, value_name = "SIZE", default_value = "200MB", value_parser = parse_byte_size)]
    pub(crate) memory: u64,
    #[command(flatten)]
    pub(crate) word_options: WordArgs,
    /// As for extract.
    #[arg(long, value_name = "FILE")]
    pub(crate) lexicon: Vec<PathBuf>,
    /// As for extract.
    #[arg(long, value_name = "MODEL")]
    pub(crate) names_model: Option<PathBuf>,
}

#[cfg(feature = "index")]
impl IndexArgs {
    pub(crate) fn pipeline(&self) -> Result<Pipeline> {
        let builder = Pipeline::builder()
            .text(true)
            .words(true)
            .word_segmenter(self.word_options.segmenter()?);
        with_lexicons(builder, &self.lexicon, self.names_model.as_deref())
    }
}

#[cfg(feature = "index")]
#[derive(Args, Debug)]
pub(crate) struct SearchArgs {
    /// The index directory.
    #[arg(value_name = "DIR")]
    pub(crate) index: PathBuf,
    /// Words to search for (may be empty with a filter).
    #[arg(value_name = "QUERY", default_value = "")]
    pub(crate) query: String,
    /// Only articles naming this official (the whole name; case and diacritics do not
    /// matter).
    #[arg(long, value_name = "NAME")]
    pub(crate) official: Option<String>,
    /// Only articles with an official in this role ("Chủ tịch").
    #[arg(long, value_name = "ROLE")]
    pub(crate) role: Option<String>,
    /// Only articles with an official of this organization ("UBND tỉnh Lào Cai").
    #[arg(long, value_name = "ORG")]
    pub(crate) organization: Option<String>,
    /// Only articles with an amount of money at least this (in --currency).
    #[arg(long, value_name = "N")]
    pub(crate) money_min: Option<f64>,
    /// Only articles with an amount of money at most this (in --currency).
    #[arg(long, value_name = "N")]
    pub(crate) money_max: Option<f64>,
    /// The currency of --money-min/--money-max, or alone: articles with an amount in it
    /// [default with a money range: VND].
    #[arg(long, value_name = "CODE")]
    pub(crate) currency: Option<String>,
    /// Only articles with a percentage at least this.
    #[arg(long, value_name = "P")]
    pub(crate) percent_min: Option<f64>,
    /// Articles to show.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub(crate) limit: usize,
    /// Also count the officials, roles and organizations of all the articles found.
    #[arg(long)]
    pub(crate) facets: bool,
    /// One JSON object: the total, the hits (with byte ranges of the highlights) and, with
    /// --facets, the counts.
    #[arg(long)]
    pub(crate) json: bool,
    #[command(flatten)]
    pub(crate) word_options: WordArgs,
}

#[derive(Args, Debug)]
pub(crate) struct MappingArgs {
    /// The search engine (the two take the same body today).
    #[arg(long, value_enum, default_value_t = Engine::Elasticsearch)]
    pub(crate) engine: Engine,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Engine {
    Elasticsearch,
    Opensearch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum OutputFormat {
    /// One JSON record a line.
    Jsonl,
    /// Elasticsearch/OpenSearch `_bulk` lines: an `index` action, then the document
    /// (the record with the text, its words and exact amounts; see `vnextract mapping`).
    EsBulk,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum NamesLearnerArg {
    Perceptron,
    Logistic,
}

impl TrainOfficialsArgs {
    pub(crate) fn config(&self) -> NameTrainConfig {
        NameTrainConfig {
            learner: match self.learner {
                NamesLearnerArg::Logistic => NameLearner::Logistic { l2: self.l2 },
                NamesLearnerArg::Perceptron => NameLearner::Perceptron {
                    epochs: self.epochs,
                    orders: self.orders,
                },
            },
        }
    }

    /// The learner as the model file's header tells it.
    pub(crate) fn learner_text(&self) -> String {
        match self.learner {
            NamesLearnerArg::Logistic => format!(
                "a softmax over no name and the candidate name spans, L2 penalty {}",
                self.l2
            ),
            NamesLearnerArg::Perceptron => {
                format!(
                    "averaged perceptrons over candidate name spans, {} epochs, the mean over {} orders of the decisions",
                    self.epochs, self.orders
                )
            }
        }
    }
}

#[derive(Args, Debug)]
pub(crate) struct TrainOfficialsArgs {
    /// Annotated articles (GOLD.md's format; stand-off lines take their text from --texts).
    #[arg(long, required = true, num_args = 1.., value_name = "GOLD")]
    pub(crate) gold: Vec<PathBuf>,
    /// Article inputs holding the texts of stand-off annotations (checked by sha256).
    #[arg(long, num_args = 1.., value_name = "ARTICLES")]
    pub(crate) texts: Vec<PathBuf>,
    /// How the weights are fitted: an averaged perceptron (the shipped model), or a
    /// softmax with an L2 penalty, whose fit does not depend on the articles' order.
    #[arg(long, value_enum, default_value_t = NamesLearnerArg::Perceptron)]
    pub(crate) learner: NamesLearnerArg,
    /// Strength of the L2 penalty of the logistic learner.
    #[arg(long, default_value_t = DEFAULT_NAMES_L2)]
    pub(crate) l2: f64,
    /// Passes of the perceptron learner.
    #[arg(long, default_value_t = 10)]
    pub(crate) epochs: usize,
    /// Perceptrons averaged, each trained on another order of the decisions (the first in
    /// the articles' order, the others shuffled from fixed seeds).
    #[arg(long, default_value_t = DEFAULT_NAMES_ORDERS)]
    pub(crate) orders: usize,
    /// Instead of writing a model, print how often a model trained on the other folds
    /// decides a held-out fold's names as annotated (FOLDS contiguous folds of articles).
    #[arg(long, value_name = "FOLDS")]
    pub(crate) folds: Option<usize>,
    /// Use only this fraction of the articles, the first ones (learning curves).
    #[arg(long, default_value_t = 1.0)]
    pub(crate) fraction: f64,
    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL", required_unless_present = "folds")]
    pub(crate) out: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub(crate) struct TrainArgs {
    /// Training sentences: CoNLL-U (words with spaces inside FORM) or lines of a syllable
    /// and its tag (B-W/I-W), told apart by the first line.
    #[arg(long, required = true, num_args = 1.., value_name = "GOLD")]
    pub(crate) train: Vec<PathBuf>,
    /// Tuning sentences: the number of epochs is the best on them, then they join the
    /// training sentences for the final model (unless --dev-only-for-tuning). Either format.
    #[arg(long, value_name = "GOLD")]
    pub(crate) dev: Option<PathBuf>,
    /// Keep the dev sentences out of the final model.
    #[arg(long)]
    pub(crate) dev_only_for_tuning: bool,
    /// Passes over the data [default: the best on --dev, up to --max-epochs; 8 without].
    #[arg(long)]
    pub(crate) epochs: Option<usize>,
    /// The most epochs tried on --dev.
    #[arg(long, default_value_t = TrainConfig::default().max_epochs)]
    pub(crate) max_epochs: usize,
    /// Use only this fraction of the training sentences, the first ones (learning curves).
    #[arg(long, default_value_t = TrainConfig::default().fraction)]
    pub(crate) fraction: f64,
    /// Seed of the order of sentences.
    #[arg(long, default_value_t = TrainConfig::default().seed)]
    pub(crate) seed: u64,
    /// Drop features whose averaged weight is under this (smaller, faster models).
    #[arg(long, default_value_t = TrainConfig::default().prune)]
    pub(crate) prune: f32,
    /// A syllable frequency list, lines of `SYLLABLE COUNT` (FrequencyWords format).
    #[arg(long, value_name = "FILE")]
    pub(crate) frequency: Option<PathBuf>,
    /// Word lists from outside the training data (one word a line, syllables separated by
    /// spaces; `#` comments), added to the dictionary feature.
    #[arg(long, num_args = 1.., value_name = "FILE")]
    pub(crate) lexicon: Vec<PathBuf>,
    /// Folds of the dictionary and position-class jackknife.
    #[arg(long, default_value_t = TrainConfig::default().folds)]
    pub(crate) folds: usize,
    /// Perceptrons trained on different orders of the sentences, averaged.
    #[arg(long, default_value_t = TrainConfig::default().ensemble)]
    pub(crate) ensemble: usize,
    /// Leave out syllables counted fewer times than this in --frequency.
    #[arg(long, default_value_t = TrainConfig::default().min_count)]
    pub(crate) min_count: u64,
    /// Where to write the model.
    #[arg(short, long, value_name = "MODEL")]
    pub(crate) out: PathBuf,
}

#[derive(Args, Debug)]
pub(crate) struct EvalArgs {
    /// Gold files (JSON Lines, the format of GOLD.md); their articles are pooled.
    #[arg(long, required_unless_present = "segmentation", num_args = 1.., value_name = "GOLD")]
    pub(crate) gold: Vec<PathBuf>,
    /// Score word segmentation on gold files instead (word P/R/F1): CoNLL-U or B-W/I-W lines.
    #[arg(long, num_args = 1.., value_name = "GOLD", conflicts_with_all = ["gold", "pred", "html"])]
    pub(crate) segmentation: Vec<PathBuf>,
    /// The word model to score [default: the shipped one].
    #[arg(long, value_name = "MODEL", requires = "segmentation")]
    pub(crate) model: Option<PathBuf>,
    /// Fail (exit 1) when the word F1 is under this.
    #[arg(long, value_name = "MIN_F1", requires = "segmentation")]
    pub(crate) min_f1: Option<f64>,
    /// Article inputs (JSON Lines, gzip …) holding the texts of stand-off gold, which names
    /// each article by id and the sha256 of its text; a changed text is refused.
    #[arg(long, num_args = 1.., value_name = "ARTICLES", requires = "gold")]
    pub(crate) texts: Vec<PathBuf>,
    /// Records to score (JSON Lines from `extract`) [default: run the extractor on the gold texts].
    #[arg(long, num_args = 1.., value_name = "PRED")]
    pub(crate) pred: Vec<PathBuf>,
    /// Print the report as JSON instead of the table and error list.
    #[arg(long)]
    pub(crate) json: bool,
    /// Also write an HTML report with every article's items highlighted.
    #[arg(long, value_name = "FILE")]
    pub(crate) html: Option<PathBuf>,
    /// Only the table, not the list of misses and spurious items.
    #[arg(long)]
    pub(crate) summary: bool,
    /// Fail (exit 1) when an F1 falls under its floor; lines of `MEASURE MIN_F1`.
    #[arg(long, value_name = "FILE")]
    pub(crate) floors: Option<PathBuf>,
    /// Score the extractor with this names model (from `vnextract train-officials`).
    #[arg(long, value_name = "MODEL", conflicts_with = "pred")]
    pub(crate) names_model: Option<PathBuf>,
}

impl WordArgs {
    /// The word options given, by their flags.
    fn given(&self) -> Vec<&'static str> {
        let mut given = Vec::new();
        if self.user_dict.is_some() {
            given.push("--user-dict");
        }
        if self.word_model.is_some() {
            given.push("--word-model");
        }
        given
    }
}

impl Command {
    /// Options given that change nothing in this run, each with why: the user is told
    /// rather than left to believe they took effect.
    pub(crate) fn options_without_effect(&self) -> Vec<String> {
        let unused = |flags: Vec<&'static str>, without: &str| -> Vec<String> {
            flags
                .into_iter()
                .map(|flag| format!("{flag} has no effect without {without}"))
                .collect()
        };
        match self {
            Command::Extract(args) => {
                #[cfg(feature = "hf")]
                let hf = args.hf_tokenizer.is_some();
                #[cfg(not(feature = "hf"))]
                let hf = false;
                let es = args.format == OutputFormat::EsBulk;
                let mut unused_flags = if args.words || hf || es {
                    Vec::new()
                } else {
                    unused(args.word_options.given(), "--words")
                };
                if args.index_name.is_some() && !es {
                    unused_flags.extend(unused(vec!["--index-name"], "--format es-bulk"));
                }
                unused_flags
            }
            Command::Segment(args) if !(args.words || args.lines) => {
                unused(args.word_options.given(), "--words or --lines")
            }
            _ => Vec::new(),
        }
    }
}

/// A names model file, read and checked.
pub(crate) fn read_names_model(path: &std::path::Path) -> Result<NameModel> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read names model {}", path.display()))?;
    Ok(NameModel::parse(&text, &path.display().to_string())?)
}

#[derive(Args, Debug)]
pub(crate) struct GenerateArgs {
    /// Size of the corpus in megabytes (10^6 bytes).
    #[arg(long, default_value_t = 100)]
    pub(crate) megabytes: u64,
    /// Seed: the same seed gives the same corpus.
    #[arg(long, default_value_t = 1)]
    pub(crate) seed: u64,
    /// Output file [default: stdout].
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub(crate) struct InputArgs {
    /// Files, directories (walked recursively, sorted) or - for stdin [default: -].
    /// Reads .jsonl/.ndjson, .txt, their .gz, and .tar, .tar.gz/.tgz and .zip archives.
    #[arg(value_name = "INPUT")]
    pub(crate) inputs: Vec<String>,
    /// Format of stdin, and of named files whose extension does not tell.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    pub(crate) input_format: InputFormat,
    /// JSON field holding the article id.
    #[arg(long, default_value = "id")]
    pub(crate) id_field: String,
    /// JSON field holding the article text.
    #[arg(long, default_value = "text")]
    pub(crate) text_field: String,
    /// JSON field holding the title.
    #[arg(long, default_value = "title")]
    pub(crate) title_field: String,
    /// Longest article (a .txt file, a JSON Lines line) read; a longer one is a too_large
    /// error record. Bytes, or with a unit: 64MB, 32MiB.
    #[arg(long, value_name = "SIZE", default_value = "32MB", value_parser = parse_byte_size)]
    pub(crate) max_article_bytes: u64,
    /// Carry this field of each JSON Lines article into its record, under `fields`, as
    /// written (e.g. a category or tags, for a search index). May be given more than once.
    #[arg(long, value_name = "NAME")]
    pub(crate) keep_field: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputFormat {
    /// JSON Lines on stdin; files by extension.
    Auto,
    Jsonl,
    Txt,
}

#[derive(Args, Debug)]
pub(crate) struct RunArgs {
    /// Output file (.gz is compressed) [default: stdout].
    #[arg(short, long, value_name = "OUT")]
    pub(crate) output: Option<PathBuf>,
    /// Worker threads [default: one per core].
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub(crate) threads: usize,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    pub(crate) quiet: bool,
    /// Exit with status 1 when any article yields an error record.
    #[arg(long)]
    pub(crate) strict: bool,
    /// Items handed to a worker at a time [default: 16 articles, 1024 lines]: smaller
    /// batches let a slowly fed input through sooner, larger ones cost less to hand out.
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub(crate) batch_size: usize,
}

#[derive(Args, Debug)]
pub(crate) struct ExtractArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) run: RunArgs,
    /// Go on from where an interrupted run stopped: after the complete records of
    /// OUT.partial (one per input article, in input order), then rename it to OUT.
    #[arg(long, requires = "output")]
    pub(crate) resume: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub(crate) format: OutputFormat,
    /// The index the `_bulk` actions name (with --format es-bulk).
    #[arg(long, value_name = "NAME", required_if_eq("format", "es-bulk"))]
    pub(crate) index_name: Option<String>,
    /// Add each article's text to its record (for a search index).
    #[arg(long)]
    pub(crate) with_text: bool,
    /// Add each article's sentences to its record.
    #[arg(long)]
    pub(crate) sentences: bool,
    /// Add each article's tokens to its record.
    #[arg(long)]
    pub(crate) tokens: bool,
    /// Add each article's words to its record.
    #[arg(long)]
    pub(crate) words: bool,
    #[command(flatten)]
    pub(crate) word_options: WordArgs,
    /// A Hugging Face tokenizer.json: add its ids for the article's words (`hf_ids`).
    #[cfg(feature = "hf")]
    #[arg(long, value_name = "FILE")]
    pub(crate) hf_tokenizer: Option<PathBuf>,
    /// Add the entries of a lexicon file (positions, organizations, surnames, places,
    /// currencies, qualifiers of figures …; see models/README.md) to the shipped ones. May be
    /// given more than once.
    #[arg(long, value_name = "FILE")]
    pub(crate) lexicon: Vec<PathBuf>,
    /// A names model trained by `vnextract train-officials`, instead of the shipped one.
    #[arg(long, value_name = "MODEL")]
    pub(crate) names_model: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub(crate) struct WordArgs {
    /// A user dictionary: one word a line ("FIS BANK"), `-` before a forced split.
    #[arg(long, value_name = "FILE")]
    pub(crate) user_dict: Option<PathBuf>,
    /// A word model file [default: the shipped models/words.txt].
    #[arg(long, value_name = "MODEL")]
    pub(crate) word_model: Option<PathBuf>,
}

impl WordArgs {
    pub(crate) fn segmenter(&self) -> Result<WordSegmenter> {
        let mut segmenter = match &self.word_model {
            Some(path) => WordSegmenter::with_model(WordModel::load(path)?),
            None => WordSegmenter::new(),
        };
        if let Some(path) = &self.user_dict {
            segmenter = segmenter.user_dict(UserDict::load(path)?);
        }
        Ok(segmenter)
    }
}

#[derive(Args, Debug)]
pub(crate) struct SegmentArgs {
    #[command(flatten)]
    pub(crate) input: InputArgs,
    #[command(flatten)]
    pub(crate) run: RunArgs,
    /// One JSON object per article, with sentences, tokens and their spans.
    #[arg(long)]
    pub(crate) json: bool,
    /// Words instead of tokens: syllables of a word joined by "_" ("Chủ_tịch"); with
    /// --json, the words and their spans.
    #[arg(long)]
    pub(crate) words: bool,
    /// Each input line is one sentence of syllables separated by spaces: write it back
    /// with "_" for the spaces inside words, nothing else changed (implies --words).
    #[arg(long, conflicts_with = "json")]
    pub(crate) lines: bool,
    #[command(flatten)]
    pub(crate) word_options: WordArgs,
}

/// Runs the command line; fatal problems exit with 2, article errors under --strict with 1.
pub(crate) fn input_options(args: &InputArgs) -> InputOptions {
    InputOptions {
        id_field: args.id_field.clone(),
        text_field: args.text_field.clone(),
        title_field: args.title_field.clone(),
        format: match args.input_format {
            InputFormat::Auto => None,
            InputFormat::Jsonl => Some(Format::Jsonl),
            InputFormat::Txt => Some(Format::Txt),
        },
        max_article_bytes: args.max_article_bytes,
        keep_fields: args.keep_field.clone(),
        ..InputOptions::default()
    }
}

impl From<&TrainArgs> for TrainConfig {
    fn from(args: &TrainArgs) -> TrainConfig {
        TrainConfig {
            train: args.train.clone(),
            dev: args.dev.clone(),
            dev_only_for_tuning: args.dev_only_for_tuning,
            epochs: args.epochs,
            max_epochs: args.max_epochs,
            fraction: args.fraction,
            seed: args.seed,
            prune: args.prune,
            frequency: args.frequency.clone(),
            lexicon: args.lexicon.clone(),
            folds: args.folds,
            ensemble: args.ensemble,
            min_count: args.min_count,
            out: args.out.clone(),
        }
    }
}

impl ExtractArgs {
    /// The pipeline these arguments ask for: the arrays, words, tokenizer and lexicons.
    pub(crate) fn pipeline(&self) -> Result<Pipeline> {
        // A _bulk document carries the text and its words.
        let es = self.format == OutputFormat::EsBulk;
        let mut builder = Pipeline::builder()
            .text(self.with_text || es)
            .sentences(self.sentences)
            .tokens(self.tokens)
            .words(self.words || es);
        #[cfg(feature = "hf")]
        let hf = self.hf_tokenizer.is_some();
        #[cfg(not(feature = "hf"))]
        let hf = false;
        if self.words || hf || es {
            builder = builder.word_segmenter(self.word_options.segmenter()?);
        }
        #[cfg(feature = "hf")]
        if let Some(path) = &self.hf_tokenizer {
            let tokenizer = tokenizers::Tokenizer::from_file(path).map_err(|e| {
                anyhow::anyhow!("cannot load the tokenizer {}: {e}", path.display())
            })?;
            builder = builder.hf_tokenizer(std::sync::Arc::new(tokenizer));
        }
        with_lexicons(builder, &self.lexicon, self.names_model.as_deref())
    }
}

/// `builder` with the entries of `lexicons` added to the shipped ones, and another names
/// model if one is given.
fn with_lexicons(
    mut builder: PipelineBuilder,
    lexicons: &[PathBuf],
    names_model: Option<&std::path::Path>,
) -> Result<Pipeline> {
    if !lexicons.is_empty() {
        let mut lexicon = (*vnextract::extract::OfficialLexicon::builtin()).clone();
        for path in lexicons {
            let source = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read lexicon {}", path.display()))?;
            lexicon.extend_from_str(&source, &path.display().to_string())?;
        }
        builder = builder.official_lexicon(lexicon);
    }
    if let Some(path) = names_model {
        builder = builder.names_model(read_names_model(path)?);
    }
    Ok(builder.build())
}
