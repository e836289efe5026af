//! A generator of news-like Vietnamese articles, for benchmarks and throughput runs.
//!
//! The text is made from templates and slot values written for this project: it has the
//! mix of syllables, numbers, abbreviations, punctuation and the occasional old-style tone
//! mark or non-breaking space of real news, and is the same for the same seed.

use std::io::{self, Write};

use serde::Serialize;

/// A small deterministic generator (SplitMix64): the corpus must be the same on every run.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lương", "Trịnh", "Mai",
];
const MIDDLE: &[&str] = &[
    "Văn", "Thị", "Minh", "Quốc", "Đức", "Thanh", "Hữu", "Ngọc", "Xuân",
];
const GIVEN: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Giang", "Hải", "Hạnh", "Hùng", "Khánh", "Lan", "Long", "Mai",
    "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Thuỷ", "Tuấn", "Vinh", "Yến",
];
const ROLES: &[&str] = &[
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch HĐND thành phố",
    "Bí thư Huyện uỷ",
    "Giám đốc Sở Tài chính",
    "Tổng giám đốc Tổng công ty",
    "Phó Trưởng Công an huyện",
    "Bộ trưởng Bộ Kế hoạch và Đầu tư",
    "Chánh án TAND tỉnh",
];
const PLACES: &[&str] = &[
    "Hà Nội",
    "TP.HCM",
    "Đà Nẵng",
    "Cần Thơ",
    "Thanh Hoá",
    "Nghệ An",
    "Quảng Ninh",
    "Bình Dương",
    "Khánh Hoà",
    "Lâm Đồng",
];
const QUANTITIES: &[&str] = &[
    "Tổng thu ngân sách trên địa bàn",
    "Kim ngạch xuất khẩu",
    "Vốn đầu tư công",
    "Doanh thu du lịch",
    "Tổng mức bán lẻ hàng hoá",
    "Dư nợ tín dụng",
];
const VERBS: &[&str] = &["đạt", "tăng", "giảm", "ước đạt", "vượt"];
const BASELINES: &[&str] = &[
    "so với cùng kỳ",
    "so với năm trước",
    "so với kế hoạch",
    "dự toán năm",
];
const FILLER: &[&str] = &[
    "Công tác cải cách hành chính được đẩy mạnh, chuyển đổi số có bước tiến rõ nét.",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn tiếp tục được giữ vững.",
    "Các chính sách an sinh xã hội được triển khai kịp thời, đúng đối tượng, v.v.",
    "Lĩnh vực văn hoá - xã hội có nhiều chuyển biến tích cực; đời sống nhân dân được cải thiện.",
    "Theo báo cáo, địa phương sẽ tập trung tháo gỡ khó khăn cho doanh nghiệp trong giai đoạn 2021-2025.",
    "Hội nghị diễn ra ngày 4.1.2023 tại trụ sở Q.1, với sự tham dự của PGS.TS. Lê Văn Hiền.",
    "Thông tin chi tiết xem tại https://example.vn/tin-tuc hoặc gửi thư về toasoan@example.vn.",
    "Xe mang biển số 51F-123.45 đã được đưa về trụ sở để xử lý theo quy định…",
    "Người dân phấn khởi khi các tuyến đường nông thôn được bê tông hoá, thuận tiện cho việc đi lại.",
    "Nhiều ý kiến đề nghị cần sớm hoàn thiện hành lang pháp lý để thu hút nhà đầu tư chiến lược.",
    "Công tác phòng, chống thiên tai được chủ động triển khai từ sớm, từ xa.",
    "Các đại biểu thống nhất cao với dự thảo nghị quyết và đề xuất thêm một số giải pháp cụ thể.",
    "Lực lượng chức năng đã kịp thời có mặt tại hiện trường, phong toả khu vực để điều tra.",
    "Trong bối cảnh còn nhiều khó khăn, doanh nghiệp vẫn nỗ lực giữ việc làm cho người lao động.",
    "Ban tổ chức cho biết chương trình sẽ được duy trì thường niên nhằm lan toả tinh thần đoàn kết.",
    "Theo các chuyên gia, cần đẩy mạnh liên kết vùng để phát huy lợi thế của từng địa phương.",
    "Nhà trường đã chuẩn bị chu đáo cơ sở vật chất, sẵn sàng cho năm học mới.",
    "Sở Y tế khuyến cáo người dân chủ động tiêm chủng đầy đủ và giữ gìn vệ sinh cá nhân.",
    "Đến nay, dự án đã cơ bản hoàn thành công tác giải phóng mặt bằng, bàn giao cho nhà thầu.",
    "Hội nghị cũng dành thời gian thảo luận về công tác cán bộ và xây dựng Đảng trong sạch, vững mạnh.",
];

fn name(rng: &mut Rng) -> String {
    format!(
        "{} {} {}",
        rng.pick(SURNAMES),
        rng.pick(MIDDLE),
        rng.pick(GIVEN)
    )
}

fn decimal(rng: &mut Rng) -> String {
    format!("{},{}", 1 + rng.below(40), rng.below(10))
}

fn amount(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!("{}.{:03} tỷ đồng", 1 + rng.below(20), rng.below(1000)),
        1 => format!("{} triệu USD", 1 + rng.below(900)),
        _ => format!("{}.{:03} đồng/kg", 5 + rng.below(90), rng.below(1000)),
    }
}

/// One sentence of news. The mix gives about one percentage or amount per 400 bytes, as
/// in real news articles (the gold articles in `../shared/eval` have one per 406 bytes).
fn sentence(rng: &mut Rng) -> String {
    match rng.below(12) {
        0 => format!(
            "Dự hội nghị có {} {}; ông {}, {} {}.",
            rng.pick(ROLES),
            name(rng),
            name(rng),
            rng.pick(ROLES),
            rng.pick(PLACES)
        ),
        1 => format!(
            "{} {} {} {}, {} {}% {}.",
            rng.pick(QUANTITIES),
            rng.pick(PLACES),
            rng.pick(VERBS),
            amount(rng),
            rng.pick(VERBS),
            decimal(rng),
            rng.pick(BASELINES)
        ),
        2 => format!(
            "Theo ông {}, {} {}, năm {} tỷ lệ giải ngân đạt {}%, cao hơn {} điểm phần trăm.",
            name(rng),
            rng.pick(ROLES),
            rng.pick(PLACES),
            2015 + rng.below(10),
            decimal(rng),
            decimal(rng)
        ),
        3 => format!(
            "“Chúng tôi sẽ tiếp tục hoàn thiện thể chế”, bà {} cho biết.",
            name(rng)
        ),
        _ => rng.pick(FILLER).to_string(),
    }
}

/// One article's text: a headline line, then paragraphs.
pub fn article_text(rng: &mut Rng) -> String {
    let mut text = format!(
        "{} {} {}\n",
        rng.pick(QUANTITIES),
        rng.pick(PLACES),
        rng.pick(VERBS)
    );
    let paragraphs = 3 + rng.below(5);
    for p in 0..paragraphs {
        let sentences = 2 + rng.below(4);
        for s in 0..sentences {
            if s > 0 {
                // Some sites separate sentences with a non-breaking space.
                text.push(if rng.below(20) == 0 { '\u{a0}' } else { ' ' });
            }
            text.push_str(&sentence(rng));
        }
        if p + 1 < paragraphs {
            text.push('\n');
        }
    }
    text
}

#[derive(Serialize)]
struct JsonArticle<'a> {
    id: String,
    title: &'a str,
    text: &'a str,
}

/// Writes JSON Lines articles until at least `bytes` have been written; returns the number
/// of articles.
pub fn write_jsonl<W: Write>(out: &mut W, bytes: u64, seed: u64) -> io::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut written = 0u64;
    let mut articles = 0u64;
    let mut line = Vec::new();
    while written < bytes {
        let text = article_text(&mut rng);
        let title = text.lines().next().unwrap_or_default();
        line.clear();
        serde_json::to_writer(
            &mut line,
            &JsonArticle {
                id: format!("synth-{articles}"),
                title,
                text: &text,
            },
        )
        .map_err(io::Error::other)?;
        line.push(b'\n');
        out.write_all(&line)?;
        written += line.len() as u64;
        articles += 1;
    }
    Ok(articles)
}

/// Plain article texts totalling at least `bytes`, for in-memory benchmarks.
pub fn texts(bytes: usize, seed: u64) -> Vec<String> {
    let mut rng = Rng::new(seed);
    let mut total = 0;
    let mut out = Vec::new();
    while total < bytes {
        let text = article_text(&mut rng);
        total += text.len();
        out.push(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        let n = write_jsonl(&mut a, 50_000, 7).unwrap();
        write_jsonl(&mut b, 50_000, 7).unwrap();
        assert_eq!(a, b);
        assert!(a.len() >= 50_000 && n > 5);
        for line in a.split(|&c| c == b'\n').filter(|l| !l.is_empty()) {
            let value: serde_json::Value = serde_json::from_slice(line).unwrap();
            assert!(value["text"].as_str().is_some_and(|t| t.contains(' ')));
        }
    }
}
