//! Table-driven test of the officials, titles and awards extractors, through the public API
//! only.
//!
//! Every case is a sentence (or a short passage) with what a careful reader annotates under
//! GOLD.md: the officials (one per person and position), the position titles named (held or
//! not), and the awards. All person names are invented; places are real.
//!
//! How things are compared:
//! - officials: matched one to one on the name (exactly, as written), the role and the
//!   organization (case-folded, whitespace collapsed, outer punctuation stripped, as GOLD's
//!   canonical form does) and `former`. An expected organization of `None` means that the
//!   boundary is debatable and only (name, role, former) is asserted. `rank` is asserted in
//!   every case (absent unless given; compared case-folded); `mentions` only where given.
//!   An official the table does not expect is a failure.
//! - titles: where asserted (`Some`), matched one to one on (role, organization, holders);
//!   holders are names as written, in any order. `None` means the titles are not asserted
//!   (used where the organization boundary is debatable).
//! - For officials and titles alike, (role, organization) also matches when "role
//!   organization" as a whole is equal and one side has no organization (GOLD's rule):
//!   ("Chủ tịch nước", "") is ("Chủ tịch", "nước"). Otherwise roles are strict: "Chủ tịch" with
//!   "HĐQT Công ty Y" is not "Chủ tịch HĐQT" with "Công ty Y".
//! - awards: matched one to one on kind and name; recipient and count only where given. An
//!   award the table does not expect is a failure.
//!
//! Judgement calls where GOLD.md leaves room:
//! - "Ủy viên Bộ Chính trị" is role "Ủy viên", organization "Bộ Chính trị".
//! - "Trưởng Ban Tuyên giáo Quận ủy" follows the "Trưởng phòng X" rule: role "Trưởng Ban",
//!   organization "Ban Tuyên giáo Quận ủy"; "Chi cục trưởng Chi cục X" likewise.
//! - Foreign officials: the country is the organization ("Tổng thống Mỹ" → Tổng thống, Mỹ);
//!   "Chủ tịch nước" is role "Chủ tịch", organization "nước" (GOLD's worked example).
//! - A former holder is still a holder of the title ("nguyên Bộ trưởng Bộ Tài chính X"
//!   names the title (Bộ trưởng, Bộ Tài chính) with holder X).
//! - A later short mention ("Bí thư Khang") refers to the title already found, it does not
//!   add a title (Bí thư, "").
//! - Generic lowercase plural positions ("các giám đốc doanh nghiệp") are neither officials
//!   nor titles: they name no particular position.
//! - An organization (not a position) as the giver of an award ("Cờ thi đua của Chính phủ")
//!   names no title.
//! - Award names: the award as written, without the classifier "danh hiệu" and without
//!   quotes ("Lao động tiên tiến"); words that are part of the award's own name are kept
//!   ("Huân chương Lao động hạng Ba", "Bằng khen của Thủ tướng Chính phủ", "Cờ thi đua của
//!   Chính phủ", "Kỷ niệm chương Vì sự nghiệp giáo dục"). A year after a danh hiệu
//!   ("Chiến sĩ thi đua cơ sở năm 2023") is not part of its name.

use serde_json::Value;

/// An expected official.
#[derive(Debug, Clone, Copy)]
struct Official {
    name: &'static str,
    role: &'static str,
    /// `None`: not asserted.
    organization: Option<&'static str>,
    former: bool,
    /// `None`: must be absent.
    rank: Option<&'static str>,
    /// `None`: not asserted.
    mentions: Option<usize>,
}

const fn o(name: &'static str, role: &'static str, organization: &'static str) -> Official {
    Official {
        name,
        role,
        organization: Some(organization),
        former: false,
        rank: None,
        mentions: None,
    }
}

impl Official {
    const fn former(mut self) -> Self {
        self.former = true;
        self
    }

    const fn any_organization(mut self) -> Self {
        self.organization = None;
        self
    }

    const fn rank(mut self, rank: &'static str) -> Self {
        self.rank = Some(rank);
        self
    }

    const fn mentions(mut self, count: usize) -> Self {
        self.mentions = Some(count);
        self
    }
}

/// An expected title: (role, organization, holders).
type Title = (&'static str, &'static str, &'static [&'static str]);

/// An expected award.
#[derive(Debug, Clone, Copy)]
struct Award {
    kind: &'static str,
    name: &'static str,
    /// `None`: not asserted.
    recipient: Option<&'static str>,
    /// `None`: not asserted.
    count: Option<u64>,
}

const fn a(kind: &'static str, name: &'static str) -> Award {
    Award {
        kind,
        name,
        recipient: None,
        count: None,
    }
}

impl Award {
    const fn recipient(mut self, recipient: &'static str) -> Self {
        self.recipient = Some(recipient);
        self
    }

    const fn count(mut self, count: u64) -> Self {
        self.count = Some(count);
        self
    }
}

struct Case {
    group: &'static str,
    text: &'static str,
    officials: &'static [Official],
    /// `None`: not asserted.
    titles: Option<&'static [Title]>,
    awards: &'static [Award],
}

const CASES: &[Case] = &[
    Case {
        // "ROLE của Tổng thống X A": A is the head of state when the article writes A after
        // that office elsewhere; else A holds the role (the spokesman).
        group: "foreign",
        text: "Tổng thống Karl Brenner tuyên bố thiết quân luật. Người phát ngôn của Tổng thống Philippines Karl Brenner cho biết điều đó. Người phát ngôn của Tổng thống Nga Peter Holm cũng nói vậy.",
        officials: &[
            o("Karl Brenner", "Tổng thống", "Philippines"),
            o("Peter Holm", "Người phát ngôn", "Tổng thống Nga"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Trưởng thành" (to grow up) opening a sentence is no office "Trưởng".
        group: "holderless",
        text: "Trưởng thành là một người đàn ông ưu tú, ông trở thành luật sư. Trưởng ban Lê Văn Tư cho biết.",
        officials: &[o("Lê Văn Tư", "Trưởng ban", "")],
        titles: Some(&[("Trưởng ban", "", &["Lê Văn Tư"])]),
        awards: &[],
    },
    Case {
        // One office however it is written: by its initials or spelled out ("HLV",
        // "huấn luyện viên"; the spelled-out form kept), and a member's seat without its
        // assembly ("ĐB A") is the seat written in full for that person ("ĐBQH A").
        group: "abbreviations",
        text: "HLV Lê Văn Mười của U19 Việt Nam cho biết. Huấn luyện viên Lê Văn Mười nói thêm. ĐBQH Trần Văn Tư giơ biển tranh luận. ĐB Trần Văn Tư (Bến Tre) nêu 3 vụ.",
        officials: &[
            o("Lê Văn Mười", "Huấn luyện viên", "U19 Việt Nam"),
            o("Trần Văn Tư", "ĐBQH", ""),
        ],
        titles: Some(&[
            ("Huấn luyện viên", "U19 Việt Nam", &["Lê Văn Mười"]),
            ("ĐBQH", "", &["Trần Văn Tư"]),
        ]),
        awards: &[],
    },
    Case {
        // A member's party, then the state they sit for, then the name.
        group: "foreign",
        text: "Thượng nghị sĩ đảng Cộng hòa bang Nam Dakota Karl Lund cho rằng việc đó khó xảy ra.",
        officials: &[o("Karl Lund", "Thượng nghị sĩ", "bang Nam Dakota")],
        titles: None,
        awards: &[],
    },
    Case {
        // "khi đó", "lúc đó" (then) between the person and "là" the office.
        group: "holds",
        text: "Ông Trần Văn Mười khi đó là Phó Chánh Văn phòng UBND tỉnh Hưng Yên.",
        officials: &[o(
            "Trần Văn Mười",
            "Phó Chánh Văn phòng",
            "Văn phòng UBND tỉnh Hưng Yên",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // After a body's abbreviation in parentheses, the place it is in is the body's, and
        // the holder follows it.
        group: "body",
        text: "Chiều 6/2, Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Lê Văn Mười khẳng định quyết định là đúng. Chủ tịch Đuma quốc gia (Hạ viện) Nga Karl Lund phát biểu.",
        officials: &[
            o(
                "Lê Văn Mười",
                "Phó Giám đốc",
                "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội",
            ),
            o("Karl Lund", "Chủ tịch", "Đuma quốc gia (Hạ viện) Nga"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The body a unit belongs to, after a comma, then the holder's full name: one body,
        // punctuation inside (GOLD.md).
        group: "body",
        text: "Phó cục trưởng Cục Quản lý công sản, Bộ Tài chính Lê Văn Mười cho biết: hiện chưa có luật nào.",
        officials: &[o(
            "Lê Văn Mười",
            "Phó cục trưởng",
            "Cục Quản lý công sản, Bộ Tài chính",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // Degrees joined by hyphens introduce a holder as "PGS.TS" does.
        group: "honorific",
        text: "Giám đốc ĐH Vinh Xuân, GS-TS Trần Văn Mười đã chúc mừng tân hiệu trưởng.",
        officials: &[o("Trần Văn Mười", "Giám đốc", "ĐH Vinh Xuân")],
        titles: None,
        awards: &[],
    },
    Case {
        // "Tướng" alone is a general's rank before the name, as "Thượng tướng" is; "tướng"
        // ending "Thủ tướng" is not.
        group: "after",
        text: "Tổng tham mưu trưởng quân đội Nordland, Tướng Karl B. Lund nói liên lạc vẫn mở. Thủ tướng Peter Holm cũng có mặt.",
        officials: &[
            o("Karl B. Lund", "Tổng tham mưu trưởng", "quân đội Nordland"),
            o("Peter Holm", "Thủ tướng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // No name starts at a body's head that is no surname: "Cục Hàng Hải" (in capitals)
        // is the body, the name after its parenthesis the holder.
        group: "body",
        text: "Chiều 19.6, Cục trưởng Cục Hàng Hải (Bộ Giao thông Vận tải) Lê Văn Mười cho biết: “Tàu đã cập cảng”.",
        officials: &[o(
            "Lê Văn Mười",
            "Cục trưởng",
            "Cục Hàng Hải (Bộ Giao thông Vận tải)",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // Two words that read as a Vietnamese name right after a foreign word opening the
        // name end a foreign name: the whole is the holder's, no word of it a body.
        group: "foreign",
        text: "Cuộc biểu tình chống lại cựu tổng thống Park Chung Sam diễn ra hôm qua.",
        officials: &[o("Park Chung Sam", "tổng thống", "").former()],
        titles: Some(&[("tổng thống", "", &["Park Chung Sam"])]),
        awards: &[],
    },
    Case {
        // A rank after the comma introduces the holder of an office whose body is written
        // in lower case, as an honorific does; "của" before that body is not its word.
        group: "after",
        text: "Đây là tuyên bố của Tư lệnh lực lượng Không quân Nordland, Thượng tướng Karl Brenner. Người phát ngôn của lực lượng vũ trang Ostland, Thiếu tướng Peter Holm, cho biết.",
        officials: &[
            o("Karl Brenner", "Tư lệnh", "lực lượng Không quân Nordland"),
            o(
                "Peter Holm",
                "Người phát ngôn",
                "lực lượng vũ trang Ostland",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A member of a party committee named by the committee ("Huyện ủy viên") is an
        // office, first in a list of offices; it borrows no body of the sentence.
        group: "role",
        text: "Kỷ luật ông Trần Văn Tám (Huyện ủy viên, Bí thư Đảng ủy, Giám đốc Bệnh viện đa khoa huyện Yên Mỹ) vì sai phạm. Ông Lê Văn Chín, Tỉnh ủy viên, Giám đốc Sở Tài chính tỉnh Hưng Yên cho biết.",
        officials: &[
            o("Trần Văn Tám", "Huyện ủy viên", ""),
            o("Trần Văn Tám", "Bí thư", "Đảng ủy"),
            o("Trần Văn Tám", "Giám đốc", "Bệnh viện đa khoa huyện Yên Mỹ"),
            o("Lê Văn Chín", "Tỉnh ủy viên", ""),
            o("Lê Văn Chín", "Giám đốc", "Sở Tài chính tỉnh Hưng Yên"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Right after a head of government or state with no country, plain name words are
        // the holder's, however Vietnamese they look; one alone is the short form of a fuller
        // name written elsewhere, no body.
        group: "foreign",
        text: "Thủ tướng Hon Sam cho biết ông sẽ trở lại. Tổng thống Hàn Quốc Mun Ho-sin thăm Việt Nam. Tổng thống Mun từng nói sẽ không để những người vi phạm.",
        officials: &[
            o("Hon Sam", "Thủ tướng", ""),
            o("Mun Ho-sin", "Tổng thống", "Hàn Quốc"),
        ],
        titles: Some(&[
            ("Thủ tướng", "", &["Hon Sam"]),
            ("Tổng thống", "Hàn Quốc", &["Mun Ho-sin"]),
        ]),
        awards: &[],
    },
    Case {
        // A state's body written as a name is whole: the lower-case words after it are the
        // sentence's verb, and "ban hành" (promulgates) starts no body "Ban".
        group: "body",
        text: "Ngay sau khi Thủ tướng Chính phủ ban hành Nghị định số 07, dự toán được Thủ tướng Chính phủ giao và tăng 10%. Ông Karl Brenner, Người phát ngôn Nhà Trắng vài lần nói.",
        officials: &[o("Karl Brenner", "Người phát ngôn", "Nhà Trắng")],
        titles: Some(&[
            ("Thủ tướng", "Chính phủ", &[]),
            ("Người phát ngôn", "Nhà Trắng", &["Karl Brenner"]),
        ]),
        awards: &[],
    },
    Case {
        // One foreign word right after a role is a team, a company or a holder: the
        // sentence's lower-case words after it are no part of a body's name; "và" another
        // body, or a unit of it in a province, still is.
        group: "body",
        text: "HLV Karl Brenner của Norrland tin rằng đội bóng sẽ thắng. Chủ tịch Ostrava chưa thực sự hài lòng. Ông Lê Văn Sáu, Giám đốc Vantora chi nhánh tỉnh Lào Cai, cho biết. Ông Peter Holm, CEO Vantora và Norrland, có mặt.",
        officials: &[
            o("Karl Brenner", "HLV", "Norrland"),
            o("Lê Văn Sáu", "Giám đốc", "Vantora chi nhánh tỉnh Lào Cai"),
            o("Peter Holm", "CEO", "Vantora và Norrland"),
        ],
        titles: Some(&[
            ("HLV", "Norrland", &["Karl Brenner"]),
            ("Chủ tịch", "Ostrava", &[]),
            (
                "Giám đốc",
                "Vantora chi nhánh tỉnh Lào Cai",
                &["Lê Văn Sáu"],
            ),
            ("CEO", "Vantora và Norrland", &["Peter Holm"]),
        ]),
        awards: &[],
    },
    Case {
        // The lower-case words a body's name may have are counted in words, not syllables:
        // "quản lý kinh tế" is two.
        group: "body",
        text: "Ông Lò Đình Cung, Viện trưởng Viện Nghiên cứu quản lý kinh tế Trung ương, cho biết. Bà Vi Thị Nga, Giám đốc Trung tâm Kiểm định chất lượng giáo dục, cũng có mặt.",
        officials: &[
            o(
                "Lò Đình Cung",
                "Viện trưởng",
                "Viện Nghiên cứu quản lý kinh tế Trung ương",
            ),
            o(
                "Vi Thị Nga",
                "Giám đốc",
                "Trung tâm Kiểm định chất lượng giáo dục",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "ROLE nước này A": A holds the office of the country the sentence names as the
        // state ("this country"), not "nước" as part of the role.
        group: "foreign",
        text: "Philippines luôn muốn giữ quan hệ tốt với Trung Quốc, Tổng thống nước này Peter Holm cho biết. Ông Jan Berg tới Canberra, Australia và gặp Ngoại trưởng nước này Karl Lund.",
        officials: &[
            o("Peter Holm", "Tổng thống", "Philippines"),
            o("Karl Lund", "Ngoại trưởng", "Australia"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a lower-case word or two between a body and another office are the
        // verb between them ("giao", "sa thải"), not the body's; the next office is a title
        // of its own.
        group: "body",
        text: "Cụ thể, Thủ tướng Chính phủ giao Bộ trưởng Bộ Tư pháp chuẩn bị báo cáo. Tổng thống Trump sa thải Giám đốc Cục Điều tra Liên bang (FBI) Peter Holm.",
        officials: &[
            o("Trump", "Tổng thống", ""),
            o("Peter Holm", "Giám đốc", "Cục Điều tra Liên bang (FBI)"),
        ],
        titles: Some(&[
            ("Thủ tướng", "Chính phủ", &[]),
            ("Bộ trưởng", "Bộ Tư pháp", &[]),
            ("Tổng thống", "", &["Trump"]),
            ("Giám đốc", "Cục Điều tra Liên bang (FBI)", &["Peter Holm"]),
        ]),
        awards: &[],
    },
    Case {
        // Regression: a body's name is not cut inside a word ("thế | giới") at the end of
        // the lower-case words it may have; it is when more words go on ("phu nhân A").
        group: "body",
        text: "Ông Saber Holm, Chủ tịch Liên minh Nghị viện thế giới (IPU), phát biểu.",
        officials: &[o(
            "Saber Holm",
            "Chủ tịch",
            "Liên minh Nghị viện thế giới (IPU)",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // The unit of the role written again in lower case begins the body, lower-case
        // words and all ("Tổ trưởng tổ công tác"); a market named after a person in it
        // holds nothing.
        group: "body",
        text: "Tổ trưởng tổ công tác đặc biệt Lò Văn An cho biết. Ông Vi Văn Phượng, tổ trưởng tổ quản lý chợ Lương Văn Can, đã báo cáo.",
        officials: &[
            o("Lò Văn An", "Tổ trưởng", "tổ công tác đặc biệt"),
            o("Vi Văn Phượng", "tổ trưởng", "tổ quản lý chợ Lương Văn Can"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: "bổ nhiệm" after a body is the appointment, not the body's name; the
        // person appointed holds no office of the one who appoints.
        group: "appointed",
        text: "Bộ Nội vụ trao quyết định của Thủ tướng Chính phủ bổ nhiệm ông Hà Văn Nguyên, Tổng cục trưởng Tổng cục Thủy lợi, giữ chức Thứ trưởng Bộ Nông nghiệp.",
        officials: &[
            o("Hà Văn Nguyên", "Tổng cục trưởng", "Tổng cục Thủy lợi"),
            o("Hà Văn Nguyên", "Thứ trưởng", "Bộ Nông nghiệp"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: no name ends inside a body's head ("Marketing Công" of "Công ty") nor
        // starts at a level of administration ("Tp Hồ Chí Minh").
        group: "body",
        text: "Bà Lò Kiều Anh, Trưởng phòng Marketing Công ty vàng bạc Phú Quý cho biết. Bí thư Tp Hồ Chí Minh đánh cồng khai xuân.",
        officials: &[o(
            "Lò Kiều Anh",
            "Trưởng phòng",
            "phòng Marketing Công ty vàng bạc Phú Quý",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // A coordinator of an international body is a position ("thường trú": resident).
        group: "foreign",
        text: "Điều phối viên thường trú Liên Hợp Quốc tại Việt Nam, ông Peter Holm, đã ký kế hoạch.",
        officials: &[o(
            "Peter Holm",
            "Điều phối viên thường trú",
            "Liên Hợp Quốc tại Việt Nam",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // A body (not a place) after "ở" or "tại" right after an office is its body.
        group: "body",
        text: "Ông Peter Holm, Lãnh đạo phe đa số ở Hạ viện Mỹ, đang điều trị tại bệnh viện.",
        officials: &[o("Peter Holm", "Lãnh đạo phe đa số", "Hạ viện Mỹ")],
        titles: None,
        awards: &[],
    },
    Case {
        // The body after the holder, after "của" or "thuộc", also with its head in lower
        // case; it ends with its own name.
        group: "after",
        text: "Hiệu trưởng Peter Holm của trường Harvard viết thư ngỏ. Thẩm phán Anna Berg thuộc tòa án liên bang quận Hawaii đã ra phán quyết.",
        officials: &[
            o("Peter Holm", "Hiệu trưởng", "trường Harvard"),
            o("Anna Berg", "Thẩm phán", "tòa án liên bang quận Hawaii"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A second office set off by a comma right after a name written after its office,
        // then the verb at once, is the same person's.
        group: "chain",
        text: "Chủ tịch nước Lò Văn Quang, Trưởng ban Chỉ đạo Cải cách tư pháp Trung ương chủ trì phiên họp.",
        officials: &[
            o("Lò Văn Quang", "Chủ tịch nước", ""),
            o(
                "Lò Văn Quang",
                "Trưởng ban",
                "ban Chỉ đạo Cải cách tư pháp Trung ương",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Not after "và": two people.
        group: "chain",
        text: "Thủ tướng Vi Văn Phúc và Bộ trưởng Bộ Tài chính đã họp với các doanh nghiệp.",
        officials: &[o("Vi Văn Phúc", "Thủ tướng", "")],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a body named with lower-case words after the head in its role ("ban
        // Chỉ đạo cải cách …") is no short mention of a person "Chỉ"; and the office of the
        // nation before it ("Phó Thủ tướng Thường trực") borrows no body from it.
        group: "body",
        text: "Phó Thủ tướng Thường trực Trương Văn Bình - Trưởng Ban Chỉ đạo cải cách hành chính biểu dương các đơn vị.",
        officials: &[
            o("Trương Văn Bình", "Phó Thủ tướng Thường trực", ""),
            o(
                "Trương Văn Bình",
                "Trưởng Ban",
                "Ban Chỉ đạo cải cách hành chính",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a stop word that ends a word begun by the capital before it ("Thực
        // hiện", "Thư ký", "Đăng ký") is part of the body's name.
        group: "body",
        text: "Ông Lò Văn Phúc, Phó trưởng ban Thực hiện chính sách BHYT, cho biết thêm. Bà Vi Thị Lan, Cục trưởng Cục Đăng ký quốc gia, cũng có mặt.",
        officials: &[
            o(
                "Lò Văn Phúc",
                "Phó trưởng ban",
                "ban Thực hiện chính sách BHYT",
            ),
            o("Vi Thị Lan", "Cục trưởng", "Cục Đăng ký quốc gia"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: "và" then a full name ends the body before it ("với vai trò là": the
        // office the person before acts in).
        group: "list",
        text: "Lò Văn Dĩnh với vai trò là Giám đốc Trung tâm tích hợp dữ liệu và Vi Thị Hiếu là kế toán của Trung tâm đã ký các hợp đồng.",
        officials: &[o("Lò Văn Dĩnh", "Giám đốc", "Trung tâm tích hợp dữ liệu")],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: the same before the next person's apposed office.
        group: "list",
        text: "Theo cáo trạng, Lò Văn Phương với vai trò là Giám đốc Sở Thông tin Truyền thông và Vi Hùng Thắng, Trưởng phòng Kế hoạch đã ký các hợp đồng.",
        officials: &[
            o("Lò Văn Phương", "Giám đốc", "Sở Thông tin Truyền thông"),
            o("Vi Hùng Thắng", "Trưởng phòng", "phòng Kế hoạch"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The office a person acts in ("với vai trò là", "trên cương vị") is held by the
        // person before the phrase.
        group: "apposition",
        text: "Phó Tổng thống Peter Holm, với vai trò là Chủ tịch Thượng viện, đã phải bỏ lá phiếu quyết định.",
        officials: &[
            o("Peter Holm", "Phó Tổng thống", ""),
            o("Peter Holm", "Chủ tịch", "Thượng viện"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: one office written with its body's words abbreviated ("TP HCM") and
        // then in full is one official and one title, in the fuller form.
        group: "title",
        text: "Bí thư Thành ủy TP HCM Vi Văn Thăng cho rằng giá nhà còn cao. Theo ông Vi Văn Thăng, Bí thư Thành ủy Thành phố Hồ Chí Minh, cần có giải pháp.",
        officials: &[o(
            "Vi Văn Thăng",
            "Bí thư",
            "Thành ủy Thành phố Hồ Chí Minh",
        )],
        titles: Some(&[(
            "Bí thư",
            "Thành ủy Thành phố Hồ Chí Minh",
            &["Vi Văn Thăng"],
        )]),
        awards: &[],
    },
    Case {
        // Regression: "và" then an honorific ("và đồng chí A") starts the next person; the
        // body before it ends there.
        group: "list",
        text: "Đồng chí Vi Văn Lợi, Tổng Giám đốc TTXVN và đồng chí Lò Thị Hà, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam ký kết chương trình.",
        officials: &[
            o("Vi Văn Lợi", "Tổng Giám đốc", "TTXVN"),
            o("Lò Thị Hà", "Chủ tịch", "Hội Liên hiệp Phụ nữ Việt Nam"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a caption run on without a full stop ends a body's name before the
        // next office with its holder, not inside it.
        group: "title",
        text: "Ông Lò Văn Tú được giới thiệu giữ chức Chủ tịch UBND tỉnh Yên Bái Thứ trưởng Lò Văn Tú nhận nhiệm vụ mới.",
        officials: &[
            o("Lò Văn Tú", "Chủ tịch", "UBND tỉnh Yên Bái"),
            o("Lò Văn Tú", "Thứ trưởng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a name run on into the next office ("A Thủ tướng B") ends before it;
        // the body of the office before is not read over both people.
        group: "title",
        text: "Thủ tướng Vi Văn Phúc trao huy hiệu cho nguyên Thủ tướng Lò Tấn Dũng Thủ tướng Vi Văn Phúc nhấn mạnh đây là vinh dự.",
        officials: &[
            o("Vi Văn Phúc", "Thủ tướng", ""),
            o("Lò Tấn Dũng", "Thủ tướng", "").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office of the nation has no body; the words after it start a clause, and the
        // person after the comma is not its holder.
        group: "not-official",
        text: "Bày tỏ cảm ơn Thủ tướng dành thời gian tiếp, ông Peter Holm cho biết chuyến thăm nhằm tìm hiểu cơ hội đầu tư.",
        officials: &[],
        titles: Some(&[("Thủ tướng", "", &[])]),
        awards: &[],
    },
    Case {
        // Regression: in a list of appositions, the name after a field ("phụ trách quận X,")
        // that has an office of its own is the next person's, not the field's holder.
        group: "list",
        text: "Bảy cán bộ gồm Vi Văn Nam – đội trưởng đội 11 phụ trách địa bàn quận Bình Thủy, Lò Văn Quân – đội trưởng đội 3 (quận Ninh Kiều) bị kỷ luật.",
        officials: &[
            o("Vi Văn Nam", "đội trưởng", "đội 11"),
            o("Lò Văn Quân", "đội trưởng", "đội 3"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A company named again without the words of its kind ("TNHH Thương mại") is the
        // same company: one office, named in full.
        group: "title",
        text: "Bà Vi Thị Mai, Giám đốc Công ty cổ phần Đầu tư Minh Khai, cho biết. Sau đó, bà Vi Thị Mai, Giám đốc Công ty Minh Khai, không nghe máy.",
        officials: &[o(
            "Vi Thị Mai",
            "Giám đốc",
            "Công ty cổ phần Đầu tư Minh Khai",
        )],
        titles: Some(&[(
            "Giám đốc",
            "Công ty cổ phần Đầu tư Minh Khai",
            &["Vi Thị Mai"],
        )]),
        awards: &[],
    },
    Case {
        // A body written by its initials ("NHNN", "BHXH") is the body written in full: one
        // title, named in full.
        group: "title",
        text: "Thống đốc NHNN yêu cầu giảm lãi suất. Thống đốc Ngân hàng Nhà nước Lò Văn Quân dự họp. Tổng giám đốc BHXH cho biết.",
        officials: &[o("Lò Văn Quân", "Thống đốc", "Ngân hàng Nhà nước")],
        titles: Some(&[
            ("Thống đốc", "Ngân hàng Nhà nước", &["Lò Văn Quân"]),
            ("Tổng giám đốc", "BHXH", &[]),
        ]),
        awards: &[],
    },
    Case {
        // A second office set off by commas after a name written after its first office,
        // the sentence then going on in lower case, is the same person's; a list goes on
        // with another office or a name.
        group: "chain",
        text: "Theo Phó Chủ nhiệm Văn phòng Chính phủ Lò Văn Quân, Phó Trưởng Ban Chỉ đạo Cải cách hành chính, năm nay sẽ cắt giảm thủ tục. Chủ tịch UBND tỉnh Vi Văn Nam, Giám đốc Sở Y tế, Giám đốc Sở Tài chính cùng dự.",
        officials: &[
            o("Lò Văn Quân", "Phó Chủ nhiệm", "Văn phòng Chính phủ"),
            o(
                "Lò Văn Quân",
                "Phó Trưởng Ban",
                "Ban Chỉ đạo Cải cách hành chính",
            ),
            o("Vi Văn Nam", "Chủ tịch", "UBND tỉnh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A district's name ("Vũ Quang", "Đồng Văn") that begins a full name running past
        // it, right after a body, is the holder's name, not the body's place.
        group: "title-name",
        text: "Thứ trưởng Bộ Ngoại giao Vũ Quang Tín dẫn đầu đoàn. Chủ tịch UBND tỉnh Trà Vinh Đồng Văn Lâm dự lễ. Chủ tịch UBND huyện Vũ Quang Lò Văn Quân cho biết.",
        officials: &[
            o("Vũ Quang Tín", "Thứ trưởng", "Bộ Ngoại giao"),
            o("Đồng Văn Lâm", "Chủ tịch", "UBND tỉnh Trà Vinh"),
            o("Lò Văn Quân", "Chủ tịch", "UBND huyện Vũ Quang"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The short form of a name written in full elsewhere is no word of the body of a
        // state's office, whatever follows it.
        group: "later-mention",
        text: "Tổng thống Brazil Pedro Lima tới Hà Nội. Tổng thống Lima viết trên Twitter rằng chuyến thăm thành công. Tổng thống Brazil Lima và Nhà Trắng bất đồng.",
        officials: &[o("Pedro Lima", "Tổng thống", "Brazil")],
        titles: Some(&[("Tổng thống", "Brazil", &["Pedro Lima"])]),
        awards: &[],
    },
    Case {
        // A queen of a field ("Nữ hoàng nội y", "nữ hoàng phòng vé") holds no office; a
        // queen of a country does.
        group: "not-official",
        text: "Ngay từ khi hẹn hò với “nữ hoàng dao kéo”, anh đã gây ồn ào. Nữ hoàng nhạc pop Nhật Anna Berg sắp lưu diễn. Nữ hoàng Na Uy Sonja Storm tới thăm.",
        officials: &[o("Sonja Storm", "Nữ hoàng", "Na Uy")],
        titles: Some(&[("Nữ hoàng", "Na Uy", &["Sonja Storm"])]),
        awards: &[],
    },
    Case {
        // A prince is a royal rank, no office: nor is the prince the monarch's body.
        group: "not-official",
        text: "Quốc vương Na Uy Harald Storm và Hoàng tử Erik dự lễ. Thái tử Olav phát biểu.",
        officials: &[o("Harald Storm", "Quốc vương", "Na Uy")],
        titles: Some(&[("Quốc vương", "Na Uy", &["Harald Storm"])]),
        awards: &[],
    },
    Case {
        // The person's occupation between the name and the office: "A, luật sư, ROLE".
        group: "apposition",
        text: "Ông Peter Holm, luật sư, tổng thư ký của tổ chức Northwind Relief khuyến khích các hành động. Nhà nghiên cứu Lò Văn Quân, một chuyên gia về Trung Đông, Viện trưởng Viện Nghiên cứu Tây Á, cho biết.",
        officials: &[
            o("Peter Holm", "tổng thư ký", "tổ chức Northwind Relief"),
            o("Lò Văn Quân", "Viện trưởng", "Viện Nghiên cứu Tây Á"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The field an office covers ("phụ trách …") stands between its body and the
        // holder's name; places and capitals that are no name belong to the field.
        group: "title-name",
        text: "Phó Chủ tịch UBND tỉnh Lai Châu phụ trách lĩnh vực văn hóa xã hội Lò Văn Quân dự họp. Bộ trưởng Brazil phụ trách vấn đề Mercosur, Pedro Lima cho biết. Phó Chủ tịch Tập đoàn Northwind phụ trách khu vực Châu Á, Châu Phi – bà Anna Berg phát biểu.",
        officials: &[
            o("Lò Văn Quân", "Phó Chủ tịch", "UBND tỉnh Lai Châu"),
            o("Pedro Lima", "Bộ trưởng", "Brazil"),
            o("Anna Berg", "Phó Chủ tịch", "Tập đoàn Northwind"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "cấp cao" (senior) is a grade of the office, part of the role.
        group: "role",
        text: "Ông Peter Holm, Phó chủ tịch cấp cao của Northwind, cho biết.",
        officials: &[o("Peter Holm", "Phó chủ tịch cấp cao", "Northwind")],
        titles: None,
        awards: &[],
    },
    Case {
        // "A trở thành ROLE": the office the person took; not one they "sẽ trở thành", nor
        // a metaphor in lower case with no body.
        group: "holds",
        text: "Bốn năm sau khi ông Peter Holm trở thành tổng thống Brazil, nước này vẫn khó khăn. Ông Lò Văn Quân đã trở thành Chủ tịch UBND tỉnh Lai Châu. Bà Vi Thị Mai sẽ trở thành Giám đốc Sở Y tế. Cô trở thành nữ hoàng phòng vé.",
        officials: &[
            o("Peter Holm", "tổng thống", "Brazil"),
            o("Lò Văn Quân", "Chủ tịch", "UBND tỉnh Lai Châu"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Words that rank a holder among an office's holders stand between the office and
        // its body: "thứ 42 của", "trẻ nhất (trong lịch sử) nước", "mới của".
        group: "body",
        text: "Ông Peter Holm, Tổng thống thứ 42 của Brazil, cho biết. Bà Anna Berg trở thành Thủ tướng trẻ nhất trong lịch sử nước Thụy Điển. Ông Lò Văn Quân được bổ nhiệm làm Giám đốc mới của Sở Y tế tỉnh Lai Châu.",
        officials: &[
            o("Peter Holm", "Tổng thống", "Brazil"),
            o("Anna Berg", "Thủ tướng", "Thụy Điển"),
            o("Lò Văn Quân", "Giám đốc", "Sở Y tế tỉnh Lai Châu"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Vietnamese writes a final "y" or "i" after an onset either way: "thư kí" is the
        // lexicon's "Thư ký".
        group: "spelling",
        text: "Ông Peter Holm, tổng thư kí của tổ chức Northwind Relief, cho biết như vậy.",
        officials: &[o("Peter Holm", "tổng thư kí", "tổ chức Northwind Relief")],
        titles: Some(&[("tổng thư kí", "tổ chức Northwind Relief", &["Peter Holm"])]),
        awards: &[],
    },
    Case {
        // A run of capitals holding a word that names a body ("News", "Rights", "Times")
        // is that body's name, no holder's: the holder is the name after it.
        group: "foreign",
        text: "Trả lời hãng tin Contoso News, Đại sứ Brazil tại Anh Pedro Lima khẳng định. Luật sư Anna Berg, Giám đốc tổ chức nhân quyền Northwind Rights Now, phản đối. The Contoso Post dẫn lời Chủ tịch Hạ viện Tom Ridley.",
        officials: &[
            o("Pedro Lima", "Đại sứ", "Brazil tại Anh"),
            o(
                "Anna Berg",
                "Giám đốc",
                "tổ chức nhân quyền Northwind Rights Now",
            ),
            o("Tom Ridley", "Chủ tịch", "Hạ viện"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // After "của" comes the office's body, never its holder's name.
        group: "foreign",
        text: "Ông Peter Holm, giám đốc pháp lý của Contoso Democracy, nhấn mạnh. Giám đốc kỹ thuật của Northwind Labs cũng lên tiếng.",
        officials: &[o("Peter Holm", "giám đốc pháp lý", "Contoso Democracy")],
        titles: Some(&[
            ("giám đốc pháp lý", "Contoso Democracy", &["Peter Holm"]),
            ("Giám đốc kỹ thuật", "Northwind Labs", &[]),
        ]),
        awards: &[],
    },
    Case {
        // GOLD.md: "từng giữ chức" marks a former office.
        group: "former",
        text: "Ông Vi Thành Nam từng giữ chức Giám đốc Sở Tư pháp tỉnh Lạng Sơn.",
        officials: &[o("Vi Thành Nam", "Giám đốc", "Sở Tư pháp tỉnh Lạng Sơn").former()],
        titles: None,
        awards: &[],
    },
    Case {
        // A body's name does not end inside a word: "xuất nhập cảnh", not "xuất nhập".
        group: "body",
        text: "Ông Lê Văn Tâm, Cục trưởng Cục Quản lý xuất nhập cảnh, cho biết như vậy.",
        officials: &[o("Lê Văn Tâm", "Cục trưởng", "Cục Quản lý xuất nhập cảnh")],
        titles: Some(&[("Cục trưởng", "Cục Quản lý xuất nhập cảnh", &["Lê Văn Tâm"])]),
        awards: &[],
    },
    Case {
        group: "body",
        text: "Bà Hà Thị Lan, Giám đốc Trung tâm Dự báo nguồn nhân lực, trả lời phỏng vấn.",
        officials: &[o(
            "Hà Thị Lan",
            "Giám đốc",
            "Trung tâm Dự báo nguồn nhân lực",
        )],
        titles: Some(&[(
            "Giám đốc",
            "Trung tâm Dự báo nguồn nhân lực",
            &["Hà Thị Lan"],
        )]),
        awards: &[],
    },
    Case {
        // The holder's rank, written with a capital between the body and the name, is no
        // word of the body.
        group: "rank",
        text: "Giám đốc Công an tỉnh Nghệ An Đại tá Lò Văn Quân cho biết như vậy.",
        officials: &[o("Lò Văn Quân", "Giám đốc", "Công an tỉnh Nghệ An")],
        titles: Some(&[("Giám đốc", "Công an tỉnh Nghệ An", &["Lò Văn Quân"])]),
        awards: &[],
    },
    Case {
        // A steering committee: "Trưởng ban" of "Ban Chỉ đạo X" (corpus/baomoi conventions),
        // also in lower case.
        group: "body",
        text: "Trưởng ban chỉ đạo Tây Nguyên Lò Văn Quân đã làm việc với tỉnh.",
        officials: &[o("Lò Văn Quân", "Trưởng ban", "ban chỉ đạo Tây Nguyên")],
        titles: Some(&[("Trưởng ban", "ban chỉ đạo Tây Nguyên", &["Lò Văn Quân"])]),
        awards: &[],
    },
    Case {
        // A body whose head is whole by itself in lower case ("đoàn công tác", "ban kiểm
        // soát") needs no name after it; a steering committee's still does.
        group: "body",
        text: "Ông Lò Văn Quân, Trưởng đoàn công tác đã về kiểm tra tỉnh. Trưởng ban kiểm soát Lạc Văn Tín cũng có mặt.",
        officials: &[
            o("Lò Văn Quân", "Trưởng đoàn", "đoàn công tác"),
            o("Lạc Văn Tín", "Trưởng ban", "ban kiểm soát"),
        ],
        titles: Some(&[
            ("Trưởng đoàn", "đoàn công tác", &["Lò Văn Quân"]),
            ("Trưởng ban", "ban kiểm soát", &["Lạc Văn Tín"]),
        ]),
        awards: &[],
    },
    Case {
        // The Youth Union's central committee ("Trung ương Đoàn", "T.Ư Đoàn"): "Đoàn" there
        // is the body's, no surname of the holder after it.
        group: "body",
        text: "Bí thư thứ nhất Ban Chấp hành Trung ương Đoàn Lò Văn Quân phát biểu. Bí thư T.Ư Đoàn Lạc Văn Tín chủ trì.",
        officials: &[
            o(
                "Lò Văn Quân",
                "Bí thư thứ nhất",
                "Ban Chấp hành Trung ương Đoàn",
            ),
            o("Lạc Văn Tín", "Bí thư", "T.Ư Đoàn"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A heading or caption run on without a full stop: a word that opens the next
        // sentence ("Ông", "Đúng", "Người") is no word of the name before it.
        group: "name",
        text: "Phó Thủ tướng Lò Văn Quân Ông Lạc Văn Tín cho biết thêm về dự án. Chủ tịch UBND TP Hà Văn Bình Đúng 8h30, buổi công bố bắt đầu. HLV Marco Venturi Người đẹp nhiệt tình cổ vũ.",
        officials: &[
            o("Lò Văn Quân", "Phó Thủ tướng", ""),
            o("Hà Văn Bình", "Chủ tịch", "UBND TP"),
            o("Marco Venturi", "HLV", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A steering committee's head ("Ban Chỉ đạo") is no body without its name.
        group: "body",
        text: "Trưởng ban chỉ đạo cho biết như vậy.",
        officials: &[],
        titles: Some(&[("Trưởng ban", "", &[])]),
        awards: &[],
    },
    Case {
        // "Bộ trưởng các Bộ: A, B, C": one title per ministry listed, held by none named,
        // and no apposition to the name before it.
        group: "holderless",
        text: "Quốc hội nghe Phó Thủ tướng Lò Văn Quân, Bộ trưởng các Bộ: Quốc phòng, GTVT, Văn hóa, Thể thao và Du lịch trả lời chất vấn.",
        officials: &[o("Lò Văn Quân", "Phó Thủ tướng", "")],
        titles: Some(&[
            ("Phó Thủ tướng", "", &["Lò Văn Quân"]),
            ("Bộ trưởng", "Quốc phòng", &[]),
            ("Bộ trưởng", "GTVT", &[]),
            ("Bộ trưởng", "Văn hóa, Thể thao và Du lịch", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "phụ trách" (in charge) after an office qualifies it: no office of its own.
        group: "qualifier",
        text: "Ông Lò Văn Quân, Phó Giám đốc phụ trách Sở Y tế, cho biết như vậy.",
        officials: &[o("Lò Văn Quân", "Phó Giám đốc phụ trách", "Sở Y tế")],
        titles: Some(&[("Phó Giám đốc phụ trách", "Sở Y tế", &["Lò Văn Quân"])]),
        awards: &[],
    },
    Case {
        // "Thứ trưởng A và B": one office written once for two bare names; the body the
        // sentence names is each one's.
        group: "listed",
        text: "Tại Bộ Nội vụ, Thứ trưởng Lò Văn Quân và Vi Thành Nam đã bị kỷ luật.",
        officials: &[
            o("Lò Văn Quân", "Thứ trưởng", "Bộ Nội vụ"),
            o("Vi Thành Nam", "Thứ trưởng", "Bộ Nội vụ"),
        ],
        titles: Some(&[("Thứ trưởng", "Bộ Nội vụ", &["Lò Văn Quân", "Vi Thành Nam"])]),
        awards: &[],
    },
    Case {
        // A second person described on their own, or a body after "và", holds nothing.
        group: "listed",
        text: "Đoàn có Giám đốc Lò Văn Quân và Vi Thành Nam (kế toán). Đón Thủ tướng Lã Văn Đông và Đoàn Công tác của tỉnh.",
        officials: &[
            o("Lò Văn Quân", "Giám đốc", ""),
            o("Lã Văn Đông", "Thủ tướng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Lower-case "phụ trách" (in charge of) is an office only with a body after it: a
        // class, a task or a portfolio ("phụ trách đường sắt") is none.
        group: "qualifier",
        text: "Cô giáo Lò Thị Hoa (28 tuổi), phụ trách lớp mầm non 3, được khen. Thứ trưởng Vi Thành Nam, phụ trách đường sắt, cho biết. Ông Lò Văn Quân, phụ trách Trung tâm Y tế huyện, dự họp.",
        officials: &[
            o("Vi Thành Nam", "Thứ trưởng", ""),
            o("Lò Văn Quân", "phụ trách", "Trung tâm Y tế huyện"),
        ],
        titles: Some(&[
            ("Thứ trưởng", "", &["Vi Thành Nam"]),
            ("phụ trách", "Trung tâm Y tế huyện", &["Lò Văn Quân"]),
        ]),
        awards: &[],
    },
    Case {
        // Capitals after an office that are no Vietnamese name, then a holder introduced by
        // an honorific after a comma: the capitals are the body ("Chủ tịch Real Madrid, ông
        // A"); not when the article writes them as a holder's name elsewhere.
        group: "foreign",
        text: "Chủ tịch Northwind Madrid, ông Peter Holm có những lời nhắn nhủ. Thẩm phán Greg Hollis phản đối. Để lật ngược phán quyết của thẩm phán Greg Hollis, ông Tom Ridley đã chỉ đạo.",
        officials: &[
            o("Peter Holm", "Chủ tịch", "Northwind Madrid"),
            o("Greg Hollis", "Thẩm phán", ""),
        ],
        titles: Some(&[
            ("Chủ tịch", "Northwind Madrid", &["Peter Holm"]),
            ("Thẩm phán", "", &["Greg Hollis"]),
        ]),
        awards: &[],
    },
    Case {
        // A verb right after a body's name is no word of it ("… Sở Tài chính kê khai …",
        // "Thủ tướng Chính phủ phê duyệt …").
        group: "boundaries",
        text: "Ông Lò Văn Quân, Giám đốc Sở Tài chính kê khai tài sản không đúng. Thủ tướng Chính phủ phê duyệt đề án. Bà Vi Thị Hoa, Giám đốc Bệnh viện Nhi tỉnh khẩn trương xác minh.",
        officials: &[
            o("Lò Văn Quân", "Giám đốc", "Sở Tài chính"),
            o("Vi Thị Hoa", "Giám đốc", "Bệnh viện Nhi tỉnh"),
        ],
        titles: Some(&[
            ("Giám đốc", "Sở Tài chính", &["Lò Văn Quân"]),
            ("Thủ tướng", "Chính phủ", &[]),
            ("Giám đốc", "Bệnh viện Nhi tỉnh", &["Vi Thị Hoa"]),
        ]),
        awards: &[],
    },
    Case {
        // The one body a sentence names is lent to no office of another kind of body: a
        // deputy minister's is a ministry, never "Chính phủ".
        group: "boundaries",
        text: "Tại cuộc họp, Thứ trưởng Lò Văn Quân kết luận, thực hiện quyết định của Thủ tướng Chính phủ về việc này.",
        officials: &[o("Lò Văn Quân", "Thứ trưởng", "")],
        titles: Some(&[
            ("Thứ trưởng", "", &["Lò Văn Quân"]),
            ("Thủ tướng", "Chính phủ", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "bổ nhiệm X đối với ông A và ông B": the people an office is given to; taken away
        // ("miễn nhiệm", "cho thôi"): held before, former. Without such a verb "đối với"
        // is "towards", and names no holder.
        group: "listed",
        text: "Quốc hội biểu quyết bổ nhiệm Thẩm phán Tòa án nhân dân tối cao đối với ông Lò Văn Quân và ông Vi Thành Nam. HĐQT miễn nhiệm chức danh Phó Tổng giám đốc Công ty Sao Mai đối với ông Lê Văn Tám. Thái độ của Chủ tịch UBND tỉnh đối với ông Trần Văn Bình rất tốt.",
        officials: &[
            o("Lò Văn Quân", "Thẩm phán", "Tòa án nhân dân tối cao"),
            o("Vi Thành Nam", "Thẩm phán", "Tòa án nhân dân tối cao"),
            o("Lê Văn Tám", "Phó Tổng giám đốc", "Công ty Sao Mai").former(),
        ],
        titles: Some(&[
            (
                "Thẩm phán",
                "Tòa án nhân dân tối cao",
                &["Lò Văn Quân", "Vi Thành Nam"],
            ),
            ("Phó Tổng giám đốc", "Công ty Sao Mai", &["Lê Văn Tám"]),
            ("Chủ tịch", "UBND tỉnh", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "đại biểu Quốc hội khóa XIV": with its term, the assembly and the term are the body
        // (role "đại biểu"), a number too; the name after the term is the holder's.
        group: "assembly",
        text: "Đại biểu Quốc hội khóa XIV Lò Văn Quân cho biết. Bà Vi Thị Hoa, đại biểu Quốc hội khóa 13, đặt vấn đề.",
        officials: &[
            o("Lò Văn Quân", "Đại biểu", "Quốc hội khóa XIV"),
            o("Vi Thị Hoa", "đại biểu", "Quốc hội khóa 13"),
        ],
        titles: Some(&[
            ("Đại biểu", "Quốc hội khóa XIV", &["Lò Văn Quân"]),
            ("đại biểu", "Quốc hội khóa 13", &["Vi Thị Hoa"]),
        ]),
        awards: &[],
    },
    // ---- countries under their other common spellings ----
    Case {
        group: "foreign",
        text: "Tổng thống Ukraina Petro Kovalenko cho biết như vậy.",
        officials: &[o("Petro Kovalenko", "Tổng thống", "Ukraina")],
        titles: Some(&[("Tổng thống", "Ukraina", &["Petro Kovalenko"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Đại sứ Việt Nam tại Liên bang Nga Nguyễn Thanh Hải trao quà cho kiều bào.",
        officials: &[o(
            "Nguyễn Thanh Hải",
            "Đại sứ",
            "Việt Nam tại Liên bang Nga",
        )],
        titles: Some(&[(
            "Đại sứ",
            "Việt Nam tại Liên bang Nga",
            &["Nguyễn Thanh Hải"],
        )]),
        awards: &[],
    },
    // ---- a company named by its own name after an office: the body, not the name's start ----
    Case {
        // Two capital syllables that make no word and name no place, with no body's head:
        // a company's (or a holder's given) name; the lower-case words after it are the
        // sentence's. Foreign ones may go on in English.
        group: "company",
        text: "Chủ tịch Hòa Phát gom cả đội ngũ kỹ sư về nhà máy. Theo CEO Commonwealth Bank of Australia, lợi nhuận tăng.",
        officials: &[],
        titles: Some(&[
            ("Chủ tịch", "Hòa Phát", &[]),
            ("CEO", "Commonwealth Bank of Australia", &[]),
        ]),
        awards: &[],
    },
    Case {
        group: "company",
        text: "Chủ tịch Alibaba Peter Holm cho biết công ty sẽ mở thêm kho hàng.",
        officials: &[o("Peter Holm", "Chủ tịch", "Alibaba")],
        titles: Some(&[("Chủ tịch", "Alibaba", &["Peter Holm"])]),
        awards: &[],
    },
    Case {
        group: "company",
        text: "CEO Samsung Electronics Anders Lund thừa nhận doanh số giảm.",
        officials: &[o("Anders Lund", "CEO", "Samsung Electronics")],
        titles: Some(&[("CEO", "Samsung Electronics", &["Anders Lund"])]),
        awards: &[],
    },
    Case {
        // The one court a sentence names, before its judge, also as the sentence's first
        // words; not a court reviewing a judge's ruling (of another court).
        group: "body",
        text: "TAND tỉnh Hòa Bình mở phiên tòa, thẩm phán Lê Văn Hưng làm chủ tọa. Tòa án phúc thẩm bác phán quyết của thẩm phán Mark Dalton.",
        officials: &[
            o("Lê Văn Hưng", "thẩm phán", "TAND tỉnh Hòa Bình"),
            o("Mark Dalton", "thẩm phán", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // After the office of a Vietnamese person named before it, capitals that are no
        // Vietnamese name are the company's name, foreign or not.
        group: "company",
        text: "Ông Lê Quang Đạt, Chủ tịch HĐQT Thế Giới Nội Thất cho biết. Bà Phan Thu Hà, Chủ tịch HĐQT Sunrise Capital cũng có mặt.",
        officials: &[
            o("Lê Quang Đạt", "Chủ tịch HĐQT", "Thế Giới Nội Thất"),
            o("Phan Thu Hà", "Chủ tịch HĐQT", "Sunrise Capital"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A director of a function: the function is the role's, the body after it.
        group: "company",
        text: "Giám đốc thể thao Paolo Ferri cho biết. Bà Lê Thu Hà, Giám đốc truyền thông Tập đoàn Sao Mai, xác nhận.",
        officials: &[
            o("Paolo Ferri", "Giám đốc thể thao", ""),
            o("Lê Thu Hà", "Giám đốc truyền thông", "Tập đoàn Sao Mai"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The US central bank by its short name, in either case.
        group: "company",
        text: "Chủ tịch Fed Martha Quinlan và cựu Chủ tịch FED Owen Drake đã phát biểu.",
        officials: &[
            o("Martha Quinlan", "Chủ tịch", "Fed"),
            o("Owen Drake", "Chủ tịch", "FED").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The company's name is whole: the words after it are the sentence's.
        group: "company",
        text: "Giám đốc điều hành Google thậm chí phải quay về Mỹ ngay trong đêm.",
        officials: &[],
        titles: Some(&[("Giám đốc điều hành", "Google", &[])]),
        awards: &[],
    },
    Case {
        // Other heads may begin a person's name: "Ban" of a Korean name.
        group: "company",
        text: "Tổng Thư ký Liên Hợp Quốc Ban Ki-hoon cho biết như vậy.",
        officials: &[o("Ban Ki-hoon", "Tổng Thư ký", "Liên Hợp Quốc")],
        titles: Some(&[("Tổng Thư ký", "Liên Hợp Quốc", &["Ban Ki-hoon"])]),
        awards: &[],
    },
    // ---- members of an assembly: "đại biểu" with a holder only, no body borrowed ----
    Case {
        group: "before",
        text: "Tại phiên thảo luận, đại biểu Lò Văn Páo (Lai Châu) cho rằng cần sửa luật.",
        officials: &[o("Lò Văn Páo", "đại biểu", "")],
        titles: Some(&[("đại biểu", "", &["Lò Văn Páo"])]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Đại biểu dự hội nghị đã thảo luận về dự thảo luật.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "ĐBQH Hà Thị Lan cho biết cử tri đồng tình với đề xuất của Bộ Công an.",
        officials: &[o("Hà Thị Lan", "ĐBQH", "")],
        titles: None,
        awards: &[],
    },
    Case {
        // A role ending in a body's head goes on with the body's name in lower case; the
        // delegation is a body, not a seat.
        group: "before",
        text: "Trưởng Đoàn đại biểu Quốc hội tỉnh Thanh Hóa Ngô Đình Khải ký công văn.",
        officials: &[o(
            "Ngô Đình Khải",
            "Trưởng Đoàn",
            "Đoàn đại biểu Quốc hội tỉnh Thanh Hóa",
        )],
        titles: Some(&[(
            "Trưởng Đoàn",
            "Đoàn đại biểu Quốc hội tỉnh Thanh Hóa",
            &["Ngô Đình Khải"],
        )]),
        awards: &[],
    },
    Case {
        group: "former",
        text: "Bị cáo Tạ Quang Hiển, nguyên Trưởng phòng thương mại hợp đồng PVTEX.",
        officials: &[o(
            "Tạ Quang Hiển",
            "Trưởng phòng",
            "phòng thương mại hợp đồng PVTEX",
        )
        .former()],
        titles: Some(&[(
            "Trưởng phòng",
            "phòng thương mại hợp đồng PVTEX",
            &["Tạ Quang Hiển"],
        )]),
        awards: &[],
    },
    Case {
        // The holder alone after the comma, or after a rank.
        group: "apposition",
        text: "Trưởng Công an huyện Krông Búk, đại tá Mạc Văn Quyết cho biết vụ việc đang được điều tra.",
        officials: &[o("Mạc Văn Quyết", "Trưởng", "Công an huyện Krông Búk")],
        titles: Some(&[("Trưởng", "Công an huyện Krông Búk", &["Mạc Văn Quyết"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Đại sứ Brazil tại Liên Hợp Quốc, Rafael Monteiro ngày 3/7 cảnh báo căng thẳng gia tăng.",
        officials: &[o("Rafael Monteiro", "Đại sứ", "Brazil tại Liên Hợp Quốc")],
        titles: Some(&[("Đại sứ", "Brazil tại Liên Hợp Quốc", &["Rafael Monteiro"])]),
        awards: &[],
    },
    Case {
        // A capitalized honorific after a list of offices is no part of a name.
        group: "trap",
        text: "Trên mọi cương vị như Thành viên HĐQT, Phó Tổng Giám đốc, Ông Khiêm đều được đánh giá cao.",
        officials: &[],
        titles: None,
        awards: &[],
    },
    Case {
        // A caption without a full stop: the next sentence's first word is no part of the
        // name.
        group: "before",
        text: "Phó Thủ tướng thường trực Lạc Hòa Khiêm Theo đó, Phó Thủ tướng khẳng định chủ trương.",
        officials: &[o("Lạc Hòa Khiêm", "Phó Thủ tướng thường trực", "")],
        titles: None,
        awards: &[],
    },
    Case {
        // A caption's source, then a capital honorific: neither is part of the name.
        group: "apposition",
        text: "Ảnh: Reuters Ông Park Jun-seo, Thư ký báo chí Tổng thống Hàn Quốc, cho biết.",
        officials: &[o("Park Jun-seo", "Thư ký báo chí", "Tổng thống Hàn Quốc")],
        titles: None,
        awards: &[],
    },
    Case {
        // An armed service with its country is the body; the name follows.
        group: "foreign",
        text: "Tư lệnh hải quân Trung Quốc Zhao Weiming đã đọc chỉ thị.",
        officials: &[o("Zhao Weiming", "Tư lệnh", "hải quân Trung Quốc")],
        titles: Some(&[("Tư lệnh", "hải quân Trung Quốc", &["Zhao Weiming"])]),
        awards: &[],
    },
    Case {
        group: "list",
        text: "Giám đốc Sở Nội vụ là ông Trần Huy Lãm; 3 Phó Giám đốc gồm các ông bà: Hà Ngọc Việt, Vi Văn Hiếu và bà Lục Thị Thùy.",
        officials: &[
            o("Trần Huy Lãm", "Giám đốc", "Sở Nội vụ"),
            o("Hà Ngọc Việt", "Phó Giám đốc", "Sở Nội vụ"),
            o("Vi Văn Hiếu", "Phó Giám đốc", "Sở Nội vụ"),
            o("Lục Thị Thùy", "Phó Giám đốc", "Sở Nội vụ"),
        ],
        titles: Some(&[
            ("Giám đốc", "Sở Nội vụ", &["Trần Huy Lãm"]),
            (
                "Phó Giám đốc",
                "Sở Nội vụ",
                &["Hà Ngọc Việt", "Vi Văn Hiếu", "Lục Thị Thùy"],
            ),
        ]),
        awards: &[],
    },
    Case {
        // "Ở" opens the sentence: "Ở Hà Nội" is no person before the office.
        group: "foreign",
        text: "Ở Hà Nội, Đại sứ Canada tại Việt Nam Oliver Brandt công bố khoản viện trợ.",
        officials: &[o("Oliver Brandt", "Đại sứ", "Canada tại Việt Nam")],
        titles: None,
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Tổng thống Mỹ khi đó là Walter Brennan đã phải đưa ra lời xin lỗi.",
        officials: &[o("Walter Brennan", "Tổng thống", "Mỹ")],
        titles: Some(&[("Tổng thống", "Mỹ", &["Walter Brennan"])]),
        awards: &[],
    },
    Case {
        // A full name after a body named in one word; two name words there are the body's.
        group: "before",
        text: "Phó Cục trưởng Cục Thuế Giang Thị Mận dự hội nghị với Hiệu trưởng Trường Lê Quý Đôn.",
        officials: &[o("Giang Thị Mận", "Phó Cục trưởng", "Cục Thuế")],
        titles: Some(&[
            ("Phó Cục trưởng", "Cục Thuế", &["Giang Thị Mận"]),
            ("Hiệu trưởng", "Trường Lê Quý Đôn", &[]),
        ]),
        awards: &[],
    },
    Case {
        // Numbered units are part of the body; a long lower-case body name runs on to the
        // holder's full name.
        group: "before",
        text: "Chủ tịch UBND phường 5, quận 3 Kha Văn Khởi và Cục trưởng Cục Quản lý xuất nhập khẩu hàng hóa Đàm Văn Tín dự họp.",
        officials: &[
            o("Kha Văn Khởi", "Chủ tịch", "UBND phường 5, quận 3"),
            o(
                "Đàm Văn Tín",
                "Cục trưởng",
                "Cục Quản lý xuất nhập khẩu hàng hóa",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        group: "before",
        text: "Đội trưởng Đội Cảnh sát giao thông số 3 Kha Văn Khởi cho biết.",
        officials: &[o(
            "Kha Văn Khởi",
            "Đội trưởng",
            "Đội Cảnh sát giao thông số 3",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // Commas inside a ministry's name that lists its fields.
        group: "before",
        text: "Bộ trưởng Bộ Lao động, Thương binh và Xã hội Hầu Minh Quân trao quà cho các gia đình.",
        officials: &[o(
            "Hầu Minh Quân",
            "Bộ trưởng",
            "Bộ Lao động, Thương binh và Xã hội",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // "và" then another office ends a body; "dự họp" is no part of one.
        group: "holderless",
        text: "Giám đốc Sở Y tế, Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ dự họp.",
        officials: &[],
        titles: Some(&[
            ("Giám đốc", "Sở Y tế", &[]),
            ("Giám đốc", "Sở Tài chính", &[]),
            ("Giám đốc", "Sở Nội vụ", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "nhà lãnh đạo" is a position only when the article gives no other office.
        group: "foreign",
        text: "Ông Lambert nói rất vinh dự nếu được gặp nhà lãnh đạo Kim Sung-ho.",
        officials: &[o("Kim Sung-ho", "nhà lãnh đạo", "")],
        titles: Some(&[("nhà lãnh đạo", "", &["Kim Sung-ho"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Chủ tịch Triều Tiên Kim Sung-ho thị sát nhà máy. Nhà lãnh đạo Kim Sung-ho cho biết sẽ tăng sản lượng.",
        officials: &[o("Kim Sung-ho", "Chủ tịch", "Triều Tiên")],
        titles: Some(&[("Chủ tịch", "Triều Tiên", &["Kim Sung-ho"])]),
        awards: &[],
    },
    Case {
        // "đồng" before an office: a co-holder, part of the role, in an apposition or a
        // chain; not the end of "hợp đồng", nor a currency after an amount.
        group: "qualifier",
        text: "Ông Lê Văn Tám, đồng Chủ tịch Ủy ban hỗn hợp, phát biểu. Thượng nghị sĩ bang Queensland Peter Holm, đồng phó thủ lĩnh Đảng Xanh, đã phát biểu. Hợp đồng Giám đốc Sở Y tế Hà Văn Khoa ký đã hết hạn. Anh bị phạt 25 triệu đồng Trưởng Ban kỷ luật Lò Văn Tư cho biết. Ông Lò Văn Sự, Phó Bí thư Tỉnh ủy, đồng Trưởng ban Chỉ đạo, phát biểu.",
        officials: &[
            o("Lê Văn Tám", "đồng Chủ tịch", "Ủy ban hỗn hợp"),
            o("Peter Holm", "Thượng nghị sĩ", "bang Queensland"),
            o("Peter Holm", "đồng phó thủ lĩnh", "Đảng Xanh"),
            o("Hà Văn Khoa", "Giám đốc", "Sở Y tế"),
            o("Lò Văn Tư", "Trưởng Ban", "Ban kỷ luật"),
            o("Lò Văn Sự", "Phó Bí thư", "Tỉnh ủy"),
            o("Lò Văn Sự", "đồng Trưởng ban", "ban Chỉ đạo"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        group: "qualifier",
        text: "Theo Phó Chủ tịch chuyên trách Ủy ban ATGT Quốc gia Khổng Minh Đạt, biện pháp này cần làm ngay.",
        officials: &[o(
            "Khổng Minh Đạt",
            "Phó Chủ tịch chuyên trách",
            "Ủy ban ATGT Quốc gia",
        )],
        titles: Some(&[(
            "Phó Chủ tịch chuyên trách",
            "Ủy ban ATGT Quốc gia",
            &["Khổng Minh Đạt"],
        )]),
        awards: &[],
    },
    // ---- before: the title, then the name ----
    // Issue 13: names decided by the learned model, not a list of surnames.
    Case {
        group: "foreign",
        text: "Một ngày trước, Bộ trưởng Quốc phòng Pháp Aline Dubreuil đã tuyên bố từ chức.",
        officials: &[o("Aline Dubreuil", "Bộ trưởng", "Quốc phòng Pháp")],
        titles: Some(&[("Bộ trưởng", "Quốc phòng Pháp", &["Aline Dubreuil"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Thủ tướng Iraq Karim al-Rashidi tuyên bố chiến dịch đã kết thúc.",
        officials: &[o("Karim al-Rashidi", "Thủ tướng", "Iraq")],
        titles: Some(&[("Thủ tướng", "Iraq", &["Karim al-Rashidi"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Ông Lạc Minh Khôi, Chủ tịch HĐQT Northwind Airlines, cho biết hãng sẽ mở thêm đường bay.",
        officials: &[o("Lạc Minh Khôi", "Chủ tịch HĐQT", "Northwind Airlines")],
        titles: Some(&[("Chủ tịch HĐQT", "Northwind Airlines", &["Lạc Minh Khôi"])]),
        awards: &[],
    },
    // The initial of a foreign name ends no sentence and no name.
    Case {
        group: "foreign",
        text: "Tổng giám đốc Northwind Airlines Martin K. Osgood cho biết hãng sẽ mở đường bay mới. Ông Osgood nói giá vé sẽ giảm.",
        officials: &[o("Martin K. Osgood", "Tổng giám đốc", "Northwind Airlines")],
        titles: Some(&[("Tổng giám đốc", "Northwind Airlines", &["Martin K. Osgood"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Tổng thống Mỹ John Q. Harmon phát biểu tại hội nghị.",
        officials: &[o("John Q. Harmon", "Tổng thống", "Mỹ")],
        titles: Some(&[("Tổng thống", "Mỹ", &["John Q. Harmon"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Tổng thống Mỹ Walter Brennick tới Hà Nội. Tổng thống Brennick đưa ra đề nghị mới.",
        officials: &[o("Walter Brennick", "Tổng thống", "Mỹ")],
        titles: Some(&[("Tổng thống", "Mỹ", &["Walter Brennick"])]),
        awards: &[],
    },
    Case {
        group: "company",
        text: "Chủ tịch Tanagroup Đỗ Minh Hà cho biết. Chủ tịch Tanagroup khẳng định kế hoạch.",
        officials: &[o("Đỗ Minh Hà", "Chủ tịch", "Tanagroup")],
        titles: Some(&[("Chủ tịch", "Tanagroup", &["Đỗ Minh Hà"])]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Chính quyền Tổng thống Nga Ivan Sorokov bác bỏ cáo buộc.",
        officials: &[o("Ivan Sorokov", "Tổng thống", "Nga")],
        titles: Some(&[("Tổng thống", "Nga", &["Ivan Sorokov"])]),
        awards: &[],
    },
    Case {
        group: "chain",
        text: "Thừa ủy quyền Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Lạc Văn Tín đã ký quyết định.",
        officials: &[o("Lạc Văn Tín", "Phó Chủ tịch", "UBND tỉnh")],
        titles: Some(&[
            ("Chủ tịch", "UBND tỉnh", &[]),
            ("Phó Chủ tịch", "UBND tỉnh", &["Lạc Văn Tín"]),
        ]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Lạc Văn Tín trình bày báo cáo thẩm tra.",
        officials: &[o(
            "Lạc Văn Tín",
            "Chủ nhiệm",
            "Ủy ban Đối ngoại của Quốc hội",
        )],
        titles: Some(&[(
            "Chủ nhiệm",
            "Ủy ban Đối ngoại của Quốc hội",
            &["Lạc Văn Tín"],
        )]),
        awards: &[],
    },
    Case {
        group: "apposition",
        text: "Ông Quách Minh Tâm, Phó Giám đốc của Viện Nghiên cứu Kinh tế, cho biết như vậy.",
        officials: &[o(
            "Quách Minh Tâm",
            "Phó Giám đốc",
            "Viện Nghiên cứu Kinh tế",
        )],
        titles: Some(&[(
            "Phó Giám đốc",
            "Viện Nghiên cứu Kinh tế",
            &["Quách Minh Tâm"],
        )]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Công ty Cổ phần Dệt Hòa Lạc, chủ đầu tư dự án, chưa trả phí bảo trì.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Phát biểu tại buổi lễ, Bí thư Quận ủy Ninh Văn Khải đánh giá cao nỗ lực của các phường.",
        officials: &[o("Ninh Văn Khải", "Bí thư", "Quận ủy")],
        titles: Some(&[("Bí thư", "Quận ủy", &["Ninh Văn Khải"])]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Phó Chủ tịch HĐND Thành phố Mạc Thị Thu Hằng chủ trì phiên giải trình về quản lý đất đai.",
        officials: &[o("Mạc Thị Thu Hằng", "Phó Chủ tịch", "HĐND Thành phố")],
        titles: Some(&[("Phó Chủ tịch", "HĐND Thành phố", &["Mạc Thị Thu Hằng"])]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Chủ tịch UBND tỉnh Quảng Ngãi Tạ Quang Vinh đã ký quyết định thành lập ban chỉ đạo.",
        officials: &[o("Tạ Quang Vinh", "Chủ tịch", "UBND tỉnh Quảng Ngãi")],
        titles: Some(&[("Chủ tịch", "UBND tỉnh Quảng Ngãi", &["Tạ Quang Vinh"])]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Sáng 12/3, Giám đốc Sở Giáo dục và Đào tạo Lưu Thị Ngọc Hân đã kiểm tra công tác chuẩn bị kỳ thi.",
        officials: &[o("Lưu Thị Ngọc Hân", "Giám đốc", "Sở Giáo dục và Đào tạo")],
        titles: Some(&[("Giám đốc", "Sở Giáo dục và Đào tạo", &["Lưu Thị Ngọc Hân"])]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Quách Đình Lộc cho rằng cần đẩy nhanh tiến độ giải ngân.",
        officials: &[o(
            "Quách Đình Lộc",
            "Bộ trưởng",
            "Bộ Nông nghiệp và Phát triển nông thôn",
        )],
        titles: Some(&[(
            "Bộ trưởng",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            &["Quách Đình Lộc"],
        )]),
        awards: &[],
    },
    Case {
        group: "before",
        text: "Viện trưởng VKSND tỉnh Thái Bình Khổng Minh Đức đọc quyết định truy tố.",
        officials: &[o("Khổng Minh Đức", "Viện trưởng", "VKSND tỉnh Thái Bình")],
        titles: Some(&[("Viện trưởng", "VKSND tỉnh Thái Bình", &["Khổng Minh Đức"])]),
        awards: &[],
    },
    // ---- apposition: the name, then ", title," or " - title - " ----
    Case {
        group: "apposition",
        text: "Ông Kiều Minh Tâm, Giám đốc Sở Y tế, cho biết toàn tỉnh đã tiêm hơn 2 triệu liều vắc xin.",
        officials: &[o("Kiều Minh Tâm", "Giám đốc", "Sở Y tế")],
        titles: Some(&[("Giám đốc", "Sở Y tế", &["Kiều Minh Tâm"])]),
        awards: &[],
    },
    Case {
        // A school named after a person: the school is the organization, not an official.
        group: "apposition",
        text: "Bà Đoàn Thị Bích Ngọc, Hiệu trưởng Trường THPT Chu Văn An, cho biết năm nay trường tuyển 600 học sinh lớp 10.",
        officials: &[o(
            "Đoàn Thị Bích Ngọc",
            "Hiệu trưởng",
            "Trường THPT Chu Văn An",
        )],
        titles: Some(&[(
            "Hiệu trưởng",
            "Trường THPT Chu Văn An",
            &["Đoàn Thị Bích Ngọc"],
        )]),
        awards: &[],
    },
    Case {
        group: "apposition",
        text: "Ông Triệu Văn Hải - Chủ tịch UBND huyện Mèo Vạc - khẳng định sẽ hoàn thành dự án trước mùa mưa.",
        officials: &[o("Triệu Văn Hải", "Chủ tịch", "UBND huyện Mèo Vạc")],
        titles: Some(&[("Chủ tịch", "UBND huyện Mèo Vạc", &["Triệu Văn Hải"])]),
        awards: &[],
    },
    Case {
        // "Trưởng phòng X" → role "Trưởng phòng", organization "Phòng X"; an en dash.
        group: "apposition",
        text: "Bà Phùng Thị Lan Anh – Trưởng phòng Tài nguyên và Môi trường – cho biết huyện đã thu hồi 12 ha đất.",
        officials: &[o(
            "Phùng Thị Lan Anh",
            "Trưởng phòng",
            "Phòng Tài nguyên và Môi trường",
        )],
        titles: Some(&[(
            "Trưởng phòng",
            "Phòng Tài nguyên và Môi trường",
            &["Phùng Thị Lan Anh"],
        )]),
        awards: &[],
    },
    Case {
        // No comma before "cho biết": the organization must stop at the verb.
        group: "apposition",
        text: "Ông Bế Văn Thạch, Chủ tịch UBND xã Tân Lập cho biết xã đã di dời 40 hộ dân khỏi vùng sạt lở.",
        officials: &[o("Bế Văn Thạch", "Chủ tịch", "UBND xã Tân Lập")],
        titles: Some(&[("Chủ tịch", "UBND xã Tân Lập", &["Bế Văn Thạch"])]),
        awards: &[],
    },
    Case {
        group: "apposition",
        text: "Trao đổi với phóng viên, ông Hà Công Thuận, Phó Giám đốc Công an tỉnh Lạng Sơn, nói lực lượng chức năng đã phong tỏa hiện trường.",
        officials: &[o("Hà Công Thuận", "Phó Giám đốc", "Công an tỉnh Lạng Sơn")],
        titles: Some(&[("Phó Giám đốc", "Công an tỉnh Lạng Sơn", &["Hà Công Thuận"])]),
        awards: &[],
    },
    // ---- list: several titles and names in one sentence ----
    Case {
        group: "list",
        text: "Dự hội nghị có Phó Bí thư Tỉnh ủy Lâm Quốc Bảo; Phó Chủ tịch UBND tỉnh Hứa Thị Kim Liên, Giám đốc Sở Tài chính Nông Văn Dũng.",
        officials: &[
            o("Lâm Quốc Bảo", "Phó Bí thư", "Tỉnh ủy"),
            o("Hứa Thị Kim Liên", "Phó Chủ tịch", "UBND tỉnh"),
            o("Nông Văn Dũng", "Giám đốc", "Sở Tài chính"),
        ],
        titles: Some(&[
            ("Phó Bí thư", "Tỉnh ủy", &["Lâm Quốc Bảo"]),
            ("Phó Chủ tịch", "UBND tỉnh", &["Hứa Thị Kim Liên"]),
            ("Giám đốc", "Sở Tài chính", &["Nông Văn Dũng"]),
        ]),
        awards: &[],
    },
    Case {
        // "quận Châu Minh Trí": Châu is the surname, not part of a district's name.
        group: "list",
        text: "Tham dự buổi làm việc có các đồng chí: Chủ tịch HĐND quận Châu Minh Trí, Chủ tịch UBND quận Giang Thị Thanh Thảo và Trưởng Ban Tuyên giáo Quận ủy Văn Đức Hùng.",
        officials: &[
            o("Châu Minh Trí", "Chủ tịch", "HĐND quận"),
            o("Giang Thị Thanh Thảo", "Chủ tịch", "UBND quận"),
            o("Văn Đức Hùng", "Trưởng Ban", "Ban Tuyên giáo Quận ủy"),
        ],
        titles: Some(&[
            ("Chủ tịch", "HĐND quận", &["Châu Minh Trí"]),
            ("Chủ tịch", "UBND quận", &["Giang Thị Thanh Thảo"]),
            ("Trưởng Ban", "Ban Tuyên giáo Quận ủy", &["Văn Đức Hùng"]),
        ]),
        awards: &[],
    },
    Case {
        group: "list",
        text: "Cùng đi có ông Yên Văn Kiên, Phó Chủ tịch UBND huyện và bà Thạch Thị Sa Ri, Trưởng phòng Lao động - Thương binh và Xã hội.",
        officials: &[
            o("Yên Văn Kiên", "Phó Chủ tịch", "UBND huyện"),
            o(
                "Thạch Thị Sa Ri",
                "Trưởng phòng",
                "Phòng Lao động - Thương binh và Xã hội",
            ),
        ],
        titles: Some(&[
            ("Phó Chủ tịch", "UBND huyện", &["Yên Văn Kiên"]),
            (
                "Trưởng phòng",
                "Phòng Lao động - Thương binh và Xã hội",
                &["Thạch Thị Sa Ri"],
            ),
        ]),
        awards: &[],
    },
    // ---- chain: several offices before one name give one entry each ----
    Case {
        group: "chain",
        text: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Tôn Thất Bình đã tiếp đoàn đại biểu cựu chiến binh.",
        officials: &[
            o("Tôn Thất Bình", "Ủy viên", "Bộ Chính trị"),
            o("Tôn Thất Bình", "Bí thư", "Thành ủy"),
        ],
        titles: Some(&[
            ("Ủy viên", "Bộ Chính trị", &["Tôn Thất Bình"]),
            ("Bí thư", "Thành ủy", &["Tôn Thất Bình"]),
        ]),
        awards: &[],
    },
    Case {
        group: "chain",
        text: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Yên Bái Âu Thị Nguyệt yêu cầu các địa phương chủ động ứng phó với mưa lũ.",
        officials: &[
            o("Âu Thị Nguyệt", "Bí thư", "Tỉnh ủy"),
            o("Âu Thị Nguyệt", "Chủ tịch", "HĐND tỉnh Yên Bái"),
        ],
        titles: Some(&[
            ("Bí thư", "Tỉnh ủy", &["Âu Thị Nguyệt"]),
            ("Chủ tịch", "HĐND tỉnh Yên Bái", &["Âu Thị Nguyệt"]),
        ]),
        awards: &[],
    },
    Case {
        group: "chain",
        text: "Ông Lã Minh Hiếu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Giang, đã làm việc với các nhà đầu tư.",
        officials: &[
            o("Lã Minh Hiếu", "Phó Bí thư", "Tỉnh ủy"),
            o("Lã Minh Hiếu", "Chủ tịch", "UBND tỉnh Hà Giang"),
        ],
        titles: Some(&[
            ("Phó Bí thư", "Tỉnh ủy", &["Lã Minh Hiếu"]),
            ("Chủ tịch", "UBND tỉnh Hà Giang", &["Lã Minh Hiếu"]),
        ]),
        awards: &[],
    },
    // ---- kiêm: one person, two offices ----
    Case {
        group: "kiem",
        text: "Ông Mai Xuân Trường, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện, chủ trì buổi tiếp xúc cử tri.",
        officials: &[
            o("Mai Xuân Trường", "Bí thư", "Huyện ủy"),
            o("Mai Xuân Trường", "Chủ tịch", "HĐND huyện"),
        ],
        titles: Some(&[
            ("Bí thư", "Huyện ủy", &["Mai Xuân Trường"]),
            ("Chủ tịch", "HĐND huyện", &["Mai Xuân Trường"]),
        ]),
        awards: &[],
    },
    Case {
        group: "kiem",
        text: "Phó Giám đốc Sở Công Thương kiêm Chi cục trưởng Chi cục Quản lý thị trường Cù Văn Nam cho biết đã xử phạt 35 cơ sở.",
        officials: &[
            o("Cù Văn Nam", "Phó Giám đốc", "Sở Công Thương"),
            o("Cù Văn Nam", "Chi cục trưởng", "Chi cục Quản lý thị trường"),
        ],
        titles: Some(&[
            ("Phó Giám đốc", "Sở Công Thương", &["Cù Văn Nam"]),
            (
                "Chi cục trưởng",
                "Chi cục Quản lý thị trường",
                &["Cù Văn Nam"],
            ),
        ]),
        awards: &[],
    },
    // ---- paren: the title in parentheses after the name ----
    Case {
        group: "paren",
        text: "Ông Lục Văn Tiến (Chủ tịch UBND tỉnh) đề nghị các sở, ngành khẩn trương vào cuộc.",
        officials: &[o("Lục Văn Tiến", "Chủ tịch", "UBND tỉnh")],
        titles: Some(&[("Chủ tịch", "UBND tỉnh", &["Lục Văn Tiến"])]),
        awards: &[],
    },
    Case {
        group: "paren",
        text: "Theo bà Hoa Thị Mỹ Duyên (Phó Hiệu trưởng Trường Đại học Y Dược Cần Thơ), đề án đã được phê duyệt.",
        officials: &[o(
            "Hoa Thị Mỹ Duyên",
            "Phó Hiệu trưởng",
            "Trường Đại học Y Dược Cần Thơ",
        )],
        titles: Some(&[(
            "Phó Hiệu trưởng",
            "Trường Đại học Y Dược Cần Thơ",
            &["Hoa Thị Mỹ Duyên"],
        )]),
        awards: &[],
    },
    // ---- rank: a rank before an office is kept apart from the role ----
    Case {
        group: "rank",
        text: "Theo trung tá Hoàng Đức Thịnh, Đội trưởng Đội Cảnh sát hình sự, nhóm đối tượng đã bị bắt giữ sau hai ngày.",
        officials: &[o("Hoàng Đức Thịnh", "Đội trưởng", "Đội Cảnh sát hình sự").rank("trung tá")],
        titles: Some(&[("Đội trưởng", "Đội Cảnh sát hình sự", &["Hoàng Đức Thịnh"])]),
        awards: &[],
    },
    Case {
        group: "rank",
        text: "Thiếu tướng Vi Văn Toàn, Giám đốc Công an tỉnh Cao Bằng, chỉ đạo lực lượng truy bắt đối tượng.",
        officials: &[o("Vi Văn Toàn", "Giám đốc", "Công an tỉnh Cao Bằng").rank("thiếu tướng")],
        titles: Some(&[("Giám đốc", "Công an tỉnh Cao Bằng", &["Vi Văn Toàn"])]),
        awards: &[],
    },
    Case {
        // "Ông" is the surname here (after a rank it cannot be the honorific).
        group: "rank",
        text: "Thượng tá Ông Văn Cường, Trưởng phòng Cảnh sát kinh tế Công an tỉnh, cho biết vụ việc đang được điều tra.",
        officials: &[o("Ông Văn Cường", "Trưởng phòng", "")
            .any_organization()
            .rank("thượng tá")],
        titles: None,
        awards: &[],
    },
    // ---- former: "nguyên"/"cựu" leave the role, set former ----
    Case {
        group: "former",
        text: "Hội thảo có sự tham dự của nguyên Bộ trưởng Bộ Tài chính Đinh Khắc Hưng.",
        officials: &[o("Đinh Khắc Hưng", "Bộ trưởng", "Bộ Tài chính").former()],
        titles: Some(&[("Bộ trưởng", "Bộ Tài chính", &["Đinh Khắc Hưng"])]),
        awards: &[],
    },
    Case {
        group: "former",
        text: "Cựu Chủ tịch UBND thành phố Đà Lạt Lương Bá Thông vừa ra mắt cuốn hồi ký đầu tay.",
        officials: &[o("Lương Bá Thông", "Chủ tịch", "UBND thành phố Đà Lạt").former()],
        titles: Some(&[("Chủ tịch", "UBND thành phố Đà Lạt", &["Lương Bá Thông"])]),
        awards: &[],
    },
    Case {
        // A former office and a current one: only the first is former.
        group: "former",
        text: "Ông Nghiêm Xuân Phú, nguyên Phó Chủ tịch UBND tỉnh, hiện là Chủ tịch Hội Cựu chiến binh tỉnh.",
        officials: &[
            o("Nghiêm Xuân Phú", "Phó Chủ tịch", "UBND tỉnh").former(),
            o("Nghiêm Xuân Phú", "Chủ tịch", "Hội Cựu chiến binh tỉnh"),
        ],
        titles: Some(&[
            ("Phó Chủ tịch", "UBND tỉnh", &["Nghiêm Xuân Phú"]),
            ("Chủ tịch", "Hội Cựu chiến binh tỉnh", &["Nghiêm Xuân Phú"]),
        ]),
        awards: &[],
    },
    // ---- mentions: later short mentions join the first entry ----
    Case {
        group: "mentions",
        text: "Sáng 5/6, Bí thư Huyện ủy Đỗ Minh Khang đã kiểm tra tuyến đê xung yếu. Theo ông Khang, huyện đã chuẩn bị đủ vật tư. Bí thư Khang đề nghị các xã trực 24/24 giờ.",
        officials: &[o("Đỗ Minh Khang", "Bí thư", "Huyện ủy").mentions(3)],
        titles: Some(&[("Bí thư", "Huyện ủy", &["Đỗ Minh Khang"])]),
        awards: &[],
    },
    Case {
        group: "mentions",
        text: "Bà Viên Thị Hồng Nhung, Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ, cho biết bệnh viện đã tiếp nhận 30 ca. Bà Nhung cũng đề nghị người dân không hoang mang.",
        officials: &[o(
            "Viên Thị Hồng Nhung",
            "Giám đốc",
            "Bệnh viện Đa khoa tỉnh Phú Thọ",
        )
        .mentions(2)],
        titles: Some(&[(
            "Giám đốc",
            "Bệnh viện Đa khoa tỉnh Phú Thọ",
            &["Viên Thị Hồng Nhung"],
        )]),
        awards: &[],
    },
    Case {
        // The short mention in the next sentence still belongs to the one entry, and its
        // title is not repeated as a title without organization.
        group: "mentions",
        text: "Chủ tịch UBND huyện Bảo Lâm Sầm Đức Thắng đã trực tiếp đối thoại với người dân. Chủ tịch Thắng hứa sẽ trả lời bằng văn bản trong tháng này.",
        officials: &[o("Sầm Đức Thắng", "Chủ tịch", "UBND huyện Bảo Lâm").mentions(2)],
        titles: Some(&[("Chủ tịch", "UBND huyện Bảo Lâm", &["Sầm Đức Thắng"])]),
        awards: &[],
    },
    // ---- foreign: the country is the organization ----
    Case {
        group: "foreign",
        text: "Tổng thống Mỹ Richard Hollowell đã điện đàm với Thủ tướng Canada Margaret Ellison về thương mại song phương.",
        officials: &[
            o("Richard Hollowell", "Tổng thống", "Mỹ"),
            o("Margaret Ellison", "Thủ tướng", "Canada"),
        ],
        titles: Some(&[
            ("Tổng thống", "Mỹ", &["Richard Hollowell"]),
            ("Thủ tướng", "Canada", &["Margaret Ellison"]),
        ]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Thủ tướng Nhật Bản Takeshi Morinaga cho biết Tokyo sẽ tăng viện trợ cho khu vực.",
        officials: &[o("Takeshi Morinaga", "Thủ tướng", "Nhật Bản")],
        titles: Some(&[("Thủ tướng", "Nhật Bản", &["Takeshi Morinaga"])]),
        awards: &[],
    },
    Case {
        // "Anh" is the country (United Kingdom), not the word for "elder brother".
        group: "foreign",
        text: "Ngoại trưởng Anh Oliver Brantwood sẽ thăm Việt Nam vào tháng tới.",
        officials: &[o("Oliver Brantwood", "Ngoại trưởng", "Anh")],
        titles: Some(&[("Ngoại trưởng", "Anh", &["Oliver Brantwood"])]),
        awards: &[],
    },
    Case {
        group: "foreign",
        text: "Tổng thư ký Liên hợp quốc Henrik Solvang kêu gọi các bên kiềm chế.",
        officials: &[o("Henrik Solvang", "Tổng thư ký", "Liên hợp quốc")],
        titles: Some(&[("Tổng thư ký", "Liên hợp quốc", &["Henrik Solvang"])]),
        awards: &[],
    },
    // ---- company: officers of companies, banks, brands ----
    Case {
        // The company's name ends where the person's begins.
        group: "company",
        text: "Chủ tịch HĐQT Công ty cổ phần Thép Phương Bắc Dương Thế Vinh cho biết doanh nghiệp sẽ mở rộng nhà máy.",
        officials: &[o(
            "Dương Thế Vinh",
            "Chủ tịch HĐQT",
            "Công ty cổ phần Thép Phương Bắc",
        )],
        titles: Some(&[(
            "Chủ tịch HĐQT",
            "Công ty cổ phần Thép Phương Bắc",
            &["Dương Thế Vinh"],
        )]),
        awards: &[],
    },
    Case {
        group: "company",
        text: "Tổng giám đốc Hanotex Quan Minh Tuấn thừa nhận đơn hàng xuất khẩu đã giảm mạnh.",
        officials: &[o("Quan Minh Tuấn", "Tổng giám đốc", "Hanotex")],
        titles: Some(&[("Tổng giám đốc", "Hanotex", &["Quan Minh Tuấn"])]),
        awards: &[],
    },
    Case {
        group: "company",
        text: "CEO Zentrix Lê Hoài Phương chia sẻ về kế hoạch gọi vốn vòng hai.",
        officials: &[o("Lê Hoài Phương", "CEO", "Zentrix")],
        titles: Some(&[("CEO", "Zentrix", &["Lê Hoài Phương"])]),
        awards: &[],
    },
    // ---- qualifier: Phó, Thường trực, Quyền, Tổng stay in the role ----
    Case {
        group: "qualifier",
        text: "Phó Bí thư Thường trực Tỉnh ủy Tăng Văn Hòa dự lễ khởi công cầu vượt sông.",
        officials: &[o("Tăng Văn Hòa", "Phó Bí thư Thường trực", "Tỉnh ủy")],
        titles: Some(&[("Phó Bí thư Thường trực", "Tỉnh ủy", &["Tăng Văn Hòa"])]),
        awards: &[],
    },
    Case {
        group: "qualifier",
        text: "Quyền Giám đốc Sở Xây dựng Ôn Thị Diệu Linh đã ký văn bản đề nghị tạm dừng thi công.",
        officials: &[o("Ôn Thị Diệu Linh", "Quyền Giám đốc", "Sở Xây dựng")],
        titles: Some(&[("Quyền Giám đốc", "Sở Xây dựng", &["Ôn Thị Diệu Linh"])]),
        awards: &[],
    },
    Case {
        group: "qualifier",
        text: "Ông Kha Văn Lợi, Phó Tổng giám đốc Ngân hàng TMCP Đông Phong, cho biết lãi suất cho vay sẽ giảm.",
        officials: &[o(
            "Kha Văn Lợi",
            "Phó Tổng giám đốc",
            "Ngân hàng TMCP Đông Phong",
        )],
        titles: Some(&[(
            "Phó Tổng giám đốc",
            "Ngân hàng TMCP Đông Phong",
            &["Kha Văn Lợi"],
        )]),
        awards: &[],
    },
    Case {
        group: "qualifier",
        text: "Phó Chủ tịch Thường trực UBND tỉnh Lò Thị Hiền yêu cầu rà soát toàn bộ các công trình thủy lợi.",
        officials: &[o("Lò Thị Hiền", "Phó Chủ tịch Thường trực", "UBND tỉnh")],
        titles: Some(&[("Phó Chủ tịch Thường trực", "UBND tỉnh", &["Lò Thị Hiền"])]),
        awards: &[],
    },
    // ---- holderless: titles named with no holder ----
    Case {
        group: "holderless",
        text: "Chủ tịch UBND tỉnh cho biết sẽ xử lý nghiêm các sai phạm trong đấu thầu.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "UBND tỉnh", &[])]),
        awards: &[],
    },
    Case {
        // A province after "UBND tỉnh" is not a person's name.
        group: "holderless",
        text: "Chủ tịch UBND tỉnh Lào Cai vừa ký quyết định công bố tình huống khẩn cấp.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "UBND tỉnh Lào Cai", &[])]),
        awards: &[],
    },
    Case {
        // "Hà Nội" is a city, not a person with the surname Hà.
        group: "holderless",
        text: "Giám đốc Sở Y tế Hà Nội khẳng định đủ thuốc cho người bệnh.",
        officials: &[],
        titles: Some(&[("Giám đốc", "Sở Y tế Hà Nội", &[])]),
        awards: &[],
    },
    Case {
        group: "holderless",
        text: "Phát biểu tại buổi gặp mặt, Chủ tịch nước nhấn mạnh vai trò của đội ngũ trí thức.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "nước", &[])]),
        awards: &[],
    },
    Case {
        group: "holderless",
        text: "Tập thể nhà trường vinh dự nhận Bằng khen của Thủ tướng Chính phủ.",
        officials: &[],
        titles: Some(&[("Thủ tướng", "Chính phủ", &[])]),
        awards: &[a("bằng khen", "Bằng khen của Thủ tướng Chính phủ")],
    },
    // ---- award: danh hiệu, huân chương, bằng khen, cờ thi đua, giấy khen, kỷ niệm chương ----
    Case {
        group: "award",
        text: "Năm 2023, toàn ngành có 187 cá nhân đạt danh hiệu \"Lao động tiên tiến\" và 24 cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”.",
        officials: &[],
        titles: Some(&[]),
        awards: &[
            a("danh hiệu", "Lao động tiên tiến").count(187),
            a("danh hiệu", "Chiến sĩ thi đua cơ sở").count(24),
        ],
    },
    Case {
        group: "award",
        text: "Chủ tịch nước đã ký quyết định tặng Huân chương Lao động hạng Ba cho Công ty cổ phần Dệt may Sông Lam.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "nước", &[])]),
        awards: &[a("huân chương", "Huân chương Lao động hạng Ba")
            .recipient("Công ty cổ phần Dệt may Sông Lam")],
    },
    Case {
        group: "award",
        text: "Ông Thân Văn Mạnh, Phó Giám đốc Sở Nội vụ, vinh dự được tặng Huân chương Lao động hạng Nhì.",
        officials: &[o("Thân Văn Mạnh", "Phó Giám đốc", "Sở Nội vụ")],
        titles: Some(&[("Phó Giám đốc", "Sở Nội vụ", &["Thân Văn Mạnh"])]),
        awards: &[a("huân chương", "Huân chương Lao động hạng Nhì")],
    },
    Case {
        group: "award",
        text: "Trường Tiểu học Thanh Xuân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "UBND tỉnh", &[])]),
        awards: &[a("bằng khen", "Bằng khen của Chủ tịch UBND tỉnh")],
    },
    Case {
        // An organization gives the flag: no title.
        group: "award",
        text: "Công an huyện Tuần Giáo được tặng Cờ thi đua của Chính phủ.",
        officials: &[],
        titles: Some(&[]),
        awards: &[a("cờ thi đua", "Cờ thi đua của Chính phủ")],
    },
    Case {
        // A person with no position is no official; the year is not part of the danh hiệu.
        group: "award",
        text: "Anh Lý Văn Tài được công nhận danh hiệu Chiến sĩ thi đua cơ sở năm 2023.",
        officials: &[],
        titles: Some(&[]),
        awards: &[a("danh hiệu", "Chiến sĩ thi đua cơ sở")],
    },
    Case {
        group: "award",
        text: "Có 12 công chức được tặng Giấy khen của Giám đốc Sở Tư pháp.",
        officials: &[],
        titles: Some(&[("Giám đốc", "Sở Tư pháp", &[])]),
        awards: &[a("giấy khen", "Giấy khen của Giám đốc Sở Tư pháp").count(12)],
    },
    Case {
        // A former official receives a medal; the school is named after a person.
        group: "award",
        text: "Bà Vương Thị Thoa, nguyên Hiệu trưởng Trường Tiểu học Kim Đồng, nhận Kỷ niệm chương Vì sự nghiệp giáo dục.",
        officials: &[o("Vương Thị Thoa", "Hiệu trưởng", "Trường Tiểu học Kim Đồng").former()],
        titles: Some(&[(
            "Hiệu trưởng",
            "Trường Tiểu học Kim Đồng",
            &["Vương Thị Thoa"],
        )]),
        awards: &[a("kỷ niệm chương", "Kỷ niệm chương Vì sự nghiệp giáo dục")],
    },
    // ---- trap: nothing to find ----
    Case {
        group: "trap",
        text: "Khu chung cư nằm trên đường Trần Hưng Đạo, gần trường THCS Lê Quý Đôn và cầu Nguyễn Văn Trỗi.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Vụ cháy xảy ra tại phường Đội Cấn, quận Ba Đình, cách quận Hai Bà Trưng không xa.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Người dân quận Hoàng Mai và quận Lê Chân đã ủng hộ đồng bào vùng lũ.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Công ty TNHH Hoàng Long và Công ty cổ phần Minh Phát đã ký hợp đồng hợp tác.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Anh Nông Văn Quyết, tài xế xe khách, cho biết xe bị mất phanh khi xuống đèo.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Bệnh nhân Trần Thị Hoa Mơ đã được xuất viện sau hai tuần điều trị.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Bác sĩ Lê Văn Cảnh và luật sư Phạm Thị Huyền đã tư vấn miễn phí cho người dân; phóng viên Hồ Quang Hiếu ghi nhận tại chỗ.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "PGS.TS Giáp Văn Thành cho biết nghiên cứu kéo dài ba năm.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        group: "trap",
        text: "Đại tá Lưu Quang Khải cho biết lực lượng đã huy động 200 cán bộ, chiến sĩ.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        // Generic, lowercase, plural, no name: not an official, and (our call) not a title.
        group: "trap",
        text: "Các giám đốc doanh nghiệp đều kiến nghị giảm thuế thu nhập.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        // "bằng" is a verb here, not the start of "Bằng khen".
        group: "trap",
        text: "Tổng thu ngân sách trên địa bàn đạt 9.845 tỷ đồng, bằng 117% dự toán.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    // ---- former: "nguyên" reaches every office of its chain ----
    Case {
        group: "former",
        text: "Cơ quan điều tra đã khởi tố ông Lục Văn Sang (nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Xi măng Hòa Bình).",
        officials: &[
            o("Lục Văn Sang", "Chủ tịch HĐQT", "Công ty Xi măng Hòa Bình").former(),
            o("Lục Văn Sang", "Tổng giám đốc", "Công ty Xi măng Hòa Bình").former(),
        ],
        titles: Some(&[
            (
                "Chủ tịch HĐQT",
                "Công ty Xi măng Hòa Bình",
                &["Lục Văn Sang"],
            ),
            (
                "Tổng giám đốc",
                "Công ty Xi măng Hòa Bình",
                &["Lục Văn Sang"],
            ),
        ]),
        awards: &[],
    },
    Case {
        group: "former",
        text: "Lực lượng chức năng khám nhà ông Lò Văn Páo - nguyên Chủ tịch HĐQT, Tổng giám đốc Công ty Cao su Điện Biên.",
        officials: &[
            o("Lò Văn Páo", "Chủ tịch HĐQT", "Công ty Cao su Điện Biên").former(),
            o("Lò Văn Páo", "Tổng giám đốc", "Công ty Cao su Điện Biên").former(),
        ],
        titles: Some(&[
            ("Chủ tịch HĐQT", "Công ty Cao su Điện Biên", &["Lò Văn Páo"]),
            ("Tổng giám đốc", "Công ty Cao su Điện Biên", &["Lò Văn Páo"]),
        ]),
        awards: &[],
    },
    // ---- alias: a body's abbreviation in parentheses names the same body ----
    Case {
        group: "alias",
        text: "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) Đinh Văn Khoa dự hội nghị.",
        officials: &[o(
            "Đinh Văn Khoa",
            "Thứ trưởng",
            "Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT)",
        )],
        titles: Some(&[(
            "Thứ trưởng",
            "Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT)",
            &["Đinh Văn Khoa"],
        )]),
        awards: &[],
    },
    Case {
        group: "alias",
        text: "Tổng giám đốc Tổng công ty Cảng hàng không Miền Trung (MTA) Lê Văn Hòa cho biết sân bay sẽ mở rộng. Tổng giám đốc MTA khẳng định dự án đúng tiến độ.",
        officials: &[o(
            "Lê Văn Hòa",
            "Tổng giám đốc",
            "Tổng công ty Cảng hàng không Miền Trung (MTA)",
        )],
        titles: Some(&[(
            "Tổng giám đốc",
            "Tổng công ty Cảng hàng không Miền Trung (MTA)",
            &["Lê Văn Hòa"],
        )]),
        awards: &[],
    },
    Case {
        group: "alias",
        text: "Ông Quách Văn Tường (nguyên Tổng giám đốc Công ty MTS) bị bắt. Trước đó, ông Quách Văn Tường - nguyên Tổng giám đốc Công ty Thép Miền Trung (MTS) - đã nghỉ hưu.",
        officials: &[o("Quách Văn Tường", "Tổng giám đốc", "Công ty MTS").former()],
        titles: Some(&[("Tổng giám đốc", "Công ty MTS", &["Quách Văn Tường"])]),
        awards: &[],
    },
    // ---- a body named in lower case after a role that ends in its head ----
    Case {
        group: "apposition",
        text: "Ông Hà Văn Sơn, Trưởng ban quản lý dự án đầu tư xây dựng huyện, cho biết công trình sẽ xong trong tháng 6.",
        officials: &[o(
            "Hà Văn Sơn",
            "Trưởng ban",
            "ban quản lý dự án đầu tư xây dựng huyện",
        )],
        titles: Some(&[(
            "Trưởng ban",
            "ban quản lý dự án đầu tư xây dựng huyện",
            &["Hà Văn Sơn"],
        )]),
        awards: &[],
    },
    Case {
        // The person is named before the office: a name-like company after it is the body.
        group: "apposition",
        text: "Ông Mạc Văn Lực - Chủ tịch Tài chính Hoàng Long, cho biết công ty sẽ chia cổ tức.",
        officials: &[o("Mạc Văn Lực", "Chủ tịch", "Tài chính Hoàng Long")],
        titles: Some(&[("Chủ tịch", "Tài chính Hoàng Long", &["Mạc Văn Lực"])]),
        awards: &[],
    },
    Case {
        // "phụ trách" after an office is a verb, not a second office.
        group: "apposition",
        text: "Ông Hầu Văn Lềnh, Phó Giám đốc Sở Nội vụ phụ trách, điều hành hoạt động của Sở cho đến khi có giám đốc mới.",
        officials: &[o("Hầu Văn Lềnh", "Phó Giám đốc", "Sở Nội vụ")],
        titles: Some(&[("Phó Giám đốc", "Sở Nội vụ", &["Hầu Văn Lềnh"])]),
        awards: &[],
    },
    // ---- appointed: "được bầu làm", "được bổ nhiệm giữ chức" ----
    Case {
        group: "appointed",
        text: "Ông Lê Văn Tám, nguyên Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, được bầu làm Chủ tịch Hội Nông dân tỉnh.",
        officials: &[
            o("Lê Văn Tám", "Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy").former(),
            o("Lê Văn Tám", "Chủ tịch", "Hội Nông dân tỉnh"),
        ],
        titles: Some(&[
            ("Chủ nhiệm", "Ủy ban Kiểm tra Tỉnh ủy", &["Lê Văn Tám"]),
            ("Chủ tịch", "Hội Nông dân tỉnh", &["Lê Văn Tám"]),
        ]),
        awards: &[],
    },
    Case {
        group: "appointed",
        text: "Bà Đào Thị Hằng được bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp từ ngày 1/3.",
        officials: &[o("Đào Thị Hằng", "Phó Giám đốc", "Sở Tư pháp")],
        titles: Some(&[("Phó Giám đốc", "Sở Tư pháp", &["Đào Thị Hằng"])]),
        awards: &[],
    },
    Case {
        // A unit named in lower case is no second body of the sentence: the offices with
        // no body of their own take the company's.
        group: "former",
        text: "Khởi tố ông Nông Văn Hải (nguyên Tổng giám đốc Công ty Thép Cao Bằng), ông Lương Văn Tú (nguyên Chủ tịch HĐQT kiêm Tổng giám đốc Công ty Thép Cao Bằng) và ông Bế Văn Đàm (nguyên Phó tổng giám đốc, Trưởng ban quản lý dự án mở rộng nhà máy - Công ty Thép Cao Bằng).",
        officials: &[
            o("Nông Văn Hải", "Tổng giám đốc", "Công ty Thép Cao Bằng").former(),
            o("Lương Văn Tú", "Chủ tịch HĐQT", "Công ty Thép Cao Bằng").former(),
            o("Lương Văn Tú", "Tổng giám đốc", "Công ty Thép Cao Bằng").former(),
            o("Bế Văn Đàm", "Phó tổng giám đốc", "Công ty Thép Cao Bằng").former(),
            o("Bế Văn Đàm", "Trưởng ban", "")
                .any_organization()
                .former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A place before the apposition is no person: the office's own name stays its holder.
        group: "apposition",
        text: "Tại họp báo chiều 4/6 ở Hà Nội, Phó Thống đốc Ngân hàng Nhà nước Đoàn Thái Sơn cho biết tín dụng tăng 3,4%.",
        officials: &[o("Đoàn Thái Sơn", "Phó Thống đốc", "Ngân hàng Nhà nước")],
        titles: Some(&[("Phó Thống đốc", "Ngân hàng Nhà nước", &["Đoàn Thái Sơn"])]),
        awards: &[],
    },
    Case {
        // A surname the lexicon lacks: "Văn" after it marks the name.
        group: "apposition",
        text: "Ông Quản Văn Tâm, Giám đốc Sở Y tế, cho biết bệnh viện đã đủ thuốc.",
        officials: &[o("Quản Văn Tâm", "Giám đốc", "Sở Y tế")],
        titles: Some(&[("Giám đốc", "Sở Y tế", &["Quản Văn Tâm"])]),
        awards: &[],
    },
    Case {
        // An ambassador's body: the country, then where the mission is.
        group: "foreign",
        text: "Cùng dự có Đại sứ Việt Nam tại Hàn Quốc Tạ Văn Hùng và Đại sứ Hàn Quốc tại Việt Nam Park Min-ho.",
        officials: &[
            o("Tạ Văn Hùng", "Đại sứ", "Việt Nam tại Hàn Quốc"),
            o("Park Min-ho", "Đại sứ", "Hàn Quốc tại Việt Nam"),
        ],
        titles: Some(&[
            ("Đại sứ", "Việt Nam tại Hàn Quốc", &["Tạ Văn Hùng"]),
            ("Đại sứ", "Hàn Quốc tại Việt Nam", &["Park Min-ho"]),
        ]),
        awards: &[],
    },
    Case {
        // "Trưởng" alone heads the body named after it.
        group: "rank",
        text: "Theo trung tá Bàn Văn Sình, Phó Trưởng Công an huyện Bảo Lạc, vụ việc đang được điều tra.",
        officials: &[o("Bàn Văn Sình", "Phó Trưởng", "Công an huyện Bảo Lạc").rank("trung tá")],
        titles: Some(&[("Phó Trưởng", "Công an huyện Bảo Lạc", &["Bàn Văn Sình"])]),
        awards: &[],
    },
    Case {
        // After "Chính phủ" nothing but a person follows, though the lexicon lacks the surname.
        group: "before",
        text: "Phó Thủ tướng Chính phủ Quản Đức Toàn dự và chỉ đạo hội nghị.",
        officials: &[o("Quản Đức Toàn", "Phó Thủ tướng", "Chính phủ")],
        titles: Some(&[("Phó Thủ tướng", "Chính phủ", &["Quản Đức Toàn"])]),
        awards: &[],
    },
    Case {
        // Offices of a company's board and management take the company the sentence names.
        group: "company",
        text: "Đại hội cổ đông của Công ty cổ phần Thủy sản Năm Căn (mã NCF) do ông Trịnh Văn Hòa (Chủ tịch HĐQT) và bà Diệp Thị Lan (CEO) điều hành.",
        officials: &[
            o(
                "Trịnh Văn Hòa",
                "Chủ tịch HĐQT",
                "Công ty cổ phần Thủy sản Năm Căn",
            ),
            o("Diệp Thị Lan", "CEO", "Công ty cổ phần Thủy sản Năm Căn"),
        ],
        titles: Some(&[
            (
                "Chủ tịch HĐQT",
                "Công ty cổ phần Thủy sản Năm Căn",
                &["Trịnh Văn Hòa"],
            ),
            ("CEO", "Công ty cổ phần Thủy sản Năm Căn", &["Diệp Thị Lan"]),
        ]),
        awards: &[],
    },
    Case {
        // Court reports give the age first in the parentheses, then the office.
        group: "parenthesis",
        text: "Tòa tuyên phạt bị cáo Đoàn Hữu Lộc (48 tuổi, nguyên Chủ tịch UBND xã Tam Hiệp) 5 năm tù.",
        officials: &[o("Đoàn Hữu Lộc", "Chủ tịch", "UBND xã Tam Hiệp").former()],
        titles: Some(&[("Chủ tịch", "UBND xã Tam Hiệp", &["Đoàn Hữu Lộc"])]),
        awards: &[],
    },
    Case {
        // Or the year of birth.
        group: "parenthesis",
        text: "Cơ quan điều tra đã bắt Lê Hoài Sương (SN 1975, Giám đốc Công ty TNHH Minh Phát). Ông Quách Văn Định (sinh năm 1950, nguyên Giám đốc Bảo tàng tỉnh Ninh Bình) cho biết.",
        officials: &[
            o("Lê Hoài Sương", "Giám đốc", "Công ty TNHH Minh Phát"),
            o("Quách Văn Định", "Giám đốc", "Bảo tàng tỉnh Ninh Bình").former(),
        ],
        titles: Some(&[
            ("Giám đốc", "Công ty TNHH Minh Phát", &["Lê Hoài Sương"]),
            ("Giám đốc", "Bảo tàng tỉnh Ninh Bình", &["Quách Văn Định"]),
        ]),
        awards: &[],
    },
    Case {
        // A body described in lower case, then the holder after a comma and an honorific.
        group: "apposition",
        text: "Theo Thống đốc vùng Primorsky, ông Pavel Orlov, mùa đông năm nay đến sớm. Trưởng đoàn đàm phán của Ủy ban châu Âu, bà Helena Varga, cho biết vòng tới diễn ra ở Brussels.",
        officials: &[
            o("Pavel Orlov", "Thống đốc", "vùng Primorsky"),
            o(
                "Helena Varga",
                "Trưởng đoàn",
                "đoàn đàm phán của Ủy ban châu Âu",
            ),
        ],
        titles: Some(&[
            ("Thống đốc", "vùng Primorsky", &["Pavel Orlov"]),
            (
                "Trưởng đoàn",
                "đoàn đàm phán của Ủy ban châu Âu",
                &["Helena Varga"],
            ),
        ]),
        awards: &[],
    },
    Case {
        // Capitalized words right after an office are first read as a name there: a foreign
        // name of three words is not cut after its first.
        group: "foreign",
        text: "Tổng thống Rafael Ignacio Montoya tuyên bố sẽ tái tranh cử.",
        officials: &[o("Rafael Ignacio Montoya", "Tổng thống", "")],
        titles: Some(&[("Tổng thống", "", &["Rafael Ignacio Montoya"])]),
        awards: &[],
    },
    Case {
        // A foreign office's portfolio in lower case, then the country, then the name.
        group: "foreign",
        text: "Bộ trưởng ngoại giao Hungary Andras Kertesz cho biết Budapest ủng hộ đề xuất.",
        officials: &[o("Andras Kertesz", "Bộ trưởng", "ngoại giao Hungary")],
        titles: Some(&[("Bộ trưởng", "ngoại giao Hungary", &["Andras Kertesz"])]),
        awards: &[],
    },
    Case {
        // "đương nhiệm" after the office and "đương kim" before it are no part of it.
        group: "qualifiers",
        text: "Thống đốc đương nhiệm Võ Minh Khang đã ký quyết định. Ông Lạc Văn Tín, đương kim Chủ tịch UBND tỉnh Yên Bái, cho biết.",
        officials: &[
            o("Võ Minh Khang", "Thống đốc", ""),
            o("Lạc Văn Tín", "Chủ tịch", "UBND tỉnh Yên Bái"),
        ],
        titles: Some(&[
            ("Thống đốc", "", &["Võ Minh Khang"]),
            ("Chủ tịch", "UBND tỉnh Yên Bái", &["Lạc Văn Tín"]),
        ]),
        awards: &[],
    },
    Case {
        // An embassy or a consulate is a body: no office of an ambassador or a consul, and
        // no office for the person named after it.
        group: "inside-body",
        text: "Phát biểu với cán bộ Đại sứ quán Việt Nam tại Pháp, Phó Thủ tướng Trịnh Văn Bảo ghi nhận nỗ lực của Tổng lãnh sự quán.",
        officials: &[o("Trịnh Văn Bảo", "Phó Thủ tướng", "")],
        titles: Some(&[("Phó Thủ tướng", "", &["Trịnh Văn Bảo"])]),
        awards: &[],
    },
    Case {
        // "gồm" ends a body: the holders are listed after it.
        group: "listed",
        text: "Đứng đầu Sở là ông Trần Huy Kiên - Giám đốc; 3 Phó Giám đốc Sở Nội vụ gồm có ông Đào Ngọc Việt, Vi Văn Hiếu và bà Lục Thị Thùy.",
        officials: &[
            o("Trần Huy Kiên", "Giám đốc", "Sở Nội vụ"),
            o("Đào Ngọc Việt", "Phó Giám đốc", "Sở Nội vụ"),
            o("Vi Văn Hiếu", "Phó Giám đốc", "Sở Nội vụ"),
            o("Lục Thị Thùy", "Phó Giám đốc", "Sở Nội vụ"),
        ],
        titles: Some(&[
            ("Giám đốc", "Sở Nội vụ", &["Trần Huy Kiên"]),
            (
                "Phó Giám đốc",
                "Sở Nội vụ",
                &["Đào Ngọc Việt", "Vi Văn Hiếu", "Lục Thị Thùy"],
            ),
        ]),
        awards: &[],
    },
    Case {
        // The offices of Thanh tra Chính phủ written by its abbreviation; "Cty" for "công ty".
        group: "abbreviations",
        text: "Tổng TTCP Đinh Văn Tám vừa có văn bản. Phó TTCP Lò Văn Bảy đề nghị báo cáo. Theo Phó Tổng Giám đốc Cty TNHH MTV Sông Lam Hà Văn Chín, doanh nghiệp đã đóng 30 tàu.",
        officials: &[
            o("Đinh Văn Tám", "Tổng TTCP", ""),
            o("Lò Văn Bảy", "Phó TTCP", ""),
            o("Hà Văn Chín", "Phó Tổng Giám đốc", "Cty TNHH MTV Sông Lam"),
        ],
        titles: Some(&[
            ("Tổng TTCP", "", &["Đinh Văn Tám"]),
            ("Phó TTCP", "", &["Lò Văn Bảy"]),
            (
                "Phó Tổng Giám đốc",
                "Cty TNHH MTV Sông Lam",
                &["Hà Văn Chín"],
            ),
        ]),
        awards: &[],
    },
    Case {
        // The person right before "(thôi) giữ chức" holds the office, not the one the
        // sentence opens with; "thôi" (left) and "nhậm chức" (took office).
        group: "appointed",
        text: "Ông Lý Văn Nam cho biết Sở đã chấp thuận để ông Tạ Văn Hải thôi giữ chức Chi cục trưởng Chi cục Thú y. Bà Đoàn Thị Hoa nhậm chức Tổng thư ký Hiệp hội Dệt may.",
        officials: &[
            o("Tạ Văn Hải", "Chi cục trưởng", "Chi cục Thú y").former(),
            o("Đoàn Thị Hoa", "Tổng thư ký", "Hiệp hội Dệt may"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "X do ông A làm Trưởng đoàn", "X gồm …, trong đó ông A làm trưởng đoàn": the unit
        // the office heads, named earlier in the sentence by the same head, in lower case
        // too; the head alone ("Ban này") names none.
        group: "appointed",
        text: "Đoàn thanh tra gồm 6 người, trong đó ông Lò Văn Quân - Phó chánh Thanh tra tỉnh làm trưởng đoàn. Hôm qua, đoàn kiểm tra liên ngành do ông Lạc Văn Tín, Phó Chủ tịch UBND huyện Tam Nông làm Trưởng đoàn đã tiến hành kiểm tra. Ban này sẽ do ông Hà Văn Bình làm trưởng ban.",
        officials: &[
            o("Lò Văn Quân", "Phó chánh Thanh tra", "Thanh tra tỉnh"),
            o("Lò Văn Quân", "trưởng đoàn", "Đoàn thanh tra"),
            o("Lạc Văn Tín", "Phó Chủ tịch", "UBND huyện Tam Nông"),
            o("Lạc Văn Tín", "Trưởng đoàn", "đoàn kiểm tra liên ngành"),
            o("Hà Văn Bình", "trưởng ban", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "ông A, Vụ trưởng, Vụ X": the body set off by a comma after an office set off
        // after its holder's name; not in a list of offices and bodies.
        group: "body",
        text: "Ông Lò Văn Quân, Vụ trưởng, Vụ Chính sách thuế cho biết như vậy. Tổng Bí thư, Chủ tịch nước, Chính phủ và Quốc hội đã gửi điện mừng.",
        officials: &[o("Lò Văn Quân", "Vụ trưởng", "Vụ Chính sách thuế")],
        titles: Some(&[
            ("Vụ trưởng", "Vụ Chính sách thuế", &["Lò Văn Quân"]),
            ("Tổng Bí thư", "", &[]),
            ("Chủ tịch nước", "", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "thôi chức (vụ)" (left the office) as "thôi giữ chức", with words of time
        // between the person and it.
        group: "appointed",
        text: "Ông Tạ Văn Hải cũng vừa thôi chức vụ Chủ tịch HĐQT Ngân hàng Sông Hồng. Bà Đoàn Thị Hoa đã xin thôi chức Bí thư Huyện ủy Tam Nông.",
        officials: &[
            o("Tạ Văn Hải", "Chủ tịch HĐQT", "Ngân hàng Sông Hồng").former(),
            o("Đoàn Thị Hoa", "Bí thư", "Huyện ủy Tam Nông").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office whose act it is ("của"), chained by "và" or to a name that opens the
        // next clause, or on whose behalf another signs, is not the next name's; a chain
        // after "của" that ends in the holder's name is one person's.
        group: "chain",
        text: "Thừa ủy quyền của Thủ tướng, Phó Thủ tướng Lò Văn Hiển đã ký công văn. Đồng ý với đề xuất của Chủ tịch Thượng viện Chile, Chủ tịch Quốc hội Lạc Thị Hương cho rằng hai nước cần hợp tác. Đây là chiêu đãi của Tổng Bí thư, Chủ tịch nước Vi Văn Định và Phu nhân.",
        officials: &[
            o("Lò Văn Hiển", "Phó Thủ tướng", ""),
            o("Lạc Thị Hương", "Chủ tịch", "Quốc hội"),
            o("Vi Văn Định", "Tổng Bí thư", ""),
            o("Vi Văn Định", "Chủ tịch nước", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A dash glued to the word before it joins a body's fields as a spaced one does.
        group: "body-name",
        text: "Chủ nhiệm Ủy ban Quốc phòng- An ninh Hà Văn Khoa cho biết.",
        officials: &[o("Hà Văn Khoa", "Chủ nhiệm", "Ủy ban Quốc phòng- An ninh")],
        titles: None,
        awards: &[],
    },
    Case {
        // "Tư pháp" is a word, no France: the committee goes on over "của Quốc hội" (or
        // "của QH") to its holder.
        group: "body-name",
        text: "Chủ nhiệm Ủy ban Tư pháp của Quốc hội Lò Thị Ngà trình bày báo cáo. Chủ nhiệm Ủy ban Kinh tế của QH Hà Văn Khoa cho biết.",
        officials: &[
            o("Lò Thị Ngà", "Chủ nhiệm", "Ủy ban Tư pháp của Quốc hội"),
            o("Hà Văn Khoa", "Chủ nhiệm", "Ủy ban Kinh tế của QH"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A state's or a group's head alone points back to a body named before: the full
        // name after it is the holder's, not the body's.
        group: "body-name",
        text: "Thứ trưởng Bộ Lò Văn Tư chỉ đạo rà soát. Chủ tịch Tập đoàn Hà Thị Mơ cho biết.",
        officials: &[
            o("Lò Văn Tư", "Thứ trưởng", "Bộ"),
            o("Hà Thị Mơ", "Chủ tịch", "Tập đoàn"),
        ],
        titles: Some(&[
            ("Thứ trưởng", "Bộ", &["Lò Văn Tư"]),
            ("Chủ tịch", "Tập đoàn", &["Hà Thị Mơ"]),
        ]),
        awards: &[],
    },
    Case {
        // Hospitals and schools are named after people: the name after their head is
        // theirs.
        group: "body-name",
        text: "Giám đốc Bệnh viện Lò Văn Tư cho biết bệnh nhân đã ổn định.",
        officials: &[],
        titles: Some(&[("Giám đốc", "Bệnh viện Lò Văn Tư", &[])]),
        awards: &[],
    },
    Case {
        // A degree written against the name ("TS.Lò Văn Tư") is no part of it.
        group: "rank",
        text: "TS.Lò Văn Tư, Viện trưởng Viện Nghiên cứu Nông nghiệp, cho biết.",
        officials: &[o("Lò Văn Tư", "Viện trưởng", "Viện Nghiên cứu Nông nghiệp")],
        titles: None,
        awards: &[],
    },
    Case {
        // Lower-case words past the usual few are the body's when its abbreviation in
        // brackets follows them; then the holder.
        group: "body-name",
        text: "Hiệu trưởng Trường Phổ thông dân tộc bán trú (PTDTBT) Lò Văn Tư cho biết.",
        officials: &[o(
            "Lò Văn Tư",
            "Hiệu trưởng",
            "Trường Phổ thông dân tộc bán trú (PTDTBT)",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // The number that ends a local unit's name is the unit's, and the holder follows it;
        // a count after a unit is not ("3 năm qua").
        group: "local-unit",
        text: "Bí thư Đảng ủy phường Phú Đình 2 Lò Văn Tư cho biết. Chủ tịch UBND xã Tân Lập 3 năm qua đã làm tốt.",
        officials: &[o("Lò Văn Tư", "Bí thư", "Đảng ủy phường Phú Đình 2")],
        titles: Some(&[
            ("Bí thư", "Đảng ủy phường Phú Đình 2", &["Lò Văn Tư"]),
            ("Chủ tịch", "UBND xã Tân Lập", &[]),
        ]),
        awards: &[],
    },
    Case {
        // Places listed in brackets after a body say where it is; the holder follows them.
        // A role in lower case does not start inside a capitalized word ("Xã hội").
        group: "parenthesis",
        text: "Chủ tịch Hội Nông dân xã Tân Lập (huyện Mường Lát, Thanh Hóa) Lò Văn Tư cho biết. Ảnh: Gia đình Xã hội Trưởng công an xã Yên Phú (huyện Ý Yên, tỉnh Nam Định) Hà Văn Khoa xác nhận.",
        officials: &[
            o("Lò Văn Tư", "Chủ tịch", "Hội Nông dân xã Tân Lập"),
            o("Hà Văn Khoa", "Trưởng", "công an xã Yên Phú"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "(hiện là X)", "(thời điểm đó đang là X)" after a name: that person's office, as a
        // bracketed office right after the name is.
        group: "parenthesis",
        text: "Bị cáo khai đã đưa tiền cho ông Hà Văn Khoa (thời điểm đó đang là Phó Giám đốc Sở Xây dựng) và bà Lò Thị Mai (hiện là Chủ tịch UBND huyện Mường Lát).",
        officials: &[
            o("Hà Văn Khoa", "Phó Giám đốc", "Sở Xây dựng"),
            o("Lò Thị Mai", "Chủ tịch", "UBND huyện Mường Lát"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "là" after the name and a comma, or after "đồng thời": the office said of that
        // person ("người từng là": once held).
        group: "holds",
        text: "Ông Lò Văn Tư, hiện là Phó Chủ tịch UBND huyện Mường Lát, cho biết. Ông Hà Văn Khoa, người từng là Giám đốc Sở Xây dựng, phản đối. Bà Vi Thị Mai đồng thời là Chủ tịch Hội Nông dân tỉnh.",
        officials: &[
            o("Lò Văn Tư", "Phó Chủ tịch", "UBND huyện Mường Lát"),
            Official {
                former: true,
                ..o("Hà Văn Khoa", "Giám đốc", "Sở Xây dựng")
            },
            o("Vi Thị Mai", "Chủ tịch", "Hội Nông dân tỉnh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A village's head: the village's name follows the role, as a unit's does ("Trưởng
        // phòng X"); a full name of three words there is the holder.
        group: "head-in-role",
        text: "Ông Lò Văn Tư - Trưởng thôn Đồng Xá, xã Tân Lập cho biết. Trưởng bản Hoàng Văn Pản cũng có mặt.",
        officials: &[
            o("Lò Văn Tư", "Trưởng thôn", "thôn Đồng Xá"),
            o("Hoàng Văn Pản", "Trưởng bản", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office's short name in brackets glosses it: no second title, and the body and
        // the holder after it are the office's.
        group: "gloss",
        text: "Giám đốc tài chính (CFO) của Contoso, ông Mark Ellison cho biết. Đại biểu (ĐB) Lê Văn Khải phát biểu.",
        officials: &[
            o("Mark Ellison", "Giám đốc tài chính", "Contoso"),
            o("Lê Văn Khải", "Đại biểu", ""),
        ],
        titles: Some(&[
            ("Giám đốc tài chính", "Contoso", &["Mark Ellison"]),
            ("Đại biểu", "", &["Lê Văn Khải"]),
        ]),
        awards: &[],
    },
    Case {
        // "trình bày" opens the clause of the name before it: the office after "của" is the
        // speaker's before, not the presenter's.
        group: "chain",
        text: "Sau phát biểu của Thống đốc Ngân hàng Nhà nước, Bộ trưởng Tài chính Lê Văn Khải trình bày về ngân sách.",
        officials: &[o("Lê Văn Khải", "Bộ trưởng", "Tài chính")],
        titles: None,
        awards: &[],
    },
    Case {
        // A head of state named first without a country takes the one the article writes
        // after the office later when it refers back to its subject in lower case, or
        // names it so twice; once with a capital, it may be another holder's office.
        group: "country",
        text: "Tổng thống Peter Holm đến Riyadh hôm qua. Chuyến đi của tổng thống Mỹ kéo dài 9 ngày. Thủ tướng Anders Lund đến thăm Berlin. Thủ tướng Đức đã phải trả giá. Ngoại trưởng John Carter đến Paris. Ngoại trưởng Anh phát biểu. Ngoại trưởng Anh cũng nói thêm.",
        officials: &[
            o("Peter Holm", "Tổng thống", "Mỹ"),
            o("Anders Lund", "Thủ tướng", ""),
            o("John Carter", "Ngoại trưởng", "Anh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "của nước này" after an office: the country the sentence named before.
        group: "country",
        text: "Tổng thống Chile đã bổ nhiệm ông Tomas Ibarra giữ chức ngoại trưởng của nước này.",
        officials: &[o("Tomas Ibarra", "ngoại trưởng", "Chile")],
        titles: None,
        awards: &[],
    },
    Case {
        // Right after a body whole by itself, "và" and a lower-case word go on with the
        // sentence; a body's fields listed in lower case stay its name.
        group: "body",
        text: "Ông Bạch Văn Tùng giữ chức Phó Bí thư Tỉnh ủy và giới thiệu để HĐND tỉnh bầu. Ông Kha Văn Lộc, Giám đốc Sở Tài nguyên và môi trường cho biết.",
        officials: &[
            o("Bạch Văn Tùng", "Phó Bí thư", "Tỉnh ủy"),
            o("Kha Văn Lộc", "Giám đốc", "Sở Tài nguyên và môi trường"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The person right before "giữ chức (vụ)" holds the office after it, a former one
        // after "từng"; a reporter's mark closing a bracketed note is no part of the body.
        group: "appointed",
        text: "UBND tỉnh vừa bổ nhiệm ông Đàm Văn Khải giữ chức Giám đốc Sở Xây dựng. Bà Hứa Thị Mơ (từng giữ chức vụ Chủ tịch UBND huyện Lộc Hà - PV) không dự.",
        officials: &[
            o("Đàm Văn Khải", "Giám đốc", "Sở Xây dựng"),
            o("Hứa Thị Mơ", "Chủ tịch", "UBND huyện Lộc Hà").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Words after the office (or its country) that say which holder the name after
        // them is: the outgoing one (former once the term has ended), the one just sworn in.
        group: "country",
        text: "Tổng thống Mỹ vừa mãn nhiệm Walter Brandt và Tổng thống Pháp vừa nhậm chức Louis Mercier đã gặp nhau. Thủ tướng sắp mãn nhiệm Ireland Sean Doyle không dự.",
        officials: &[
            o("Walter Brandt", "Tổng thống", "Mỹ").former(),
            o("Louis Mercier", "Tổng thống", "Pháp"),
            o("Sean Doyle", "Thủ tướng", "Ireland"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // China's other name is a country, no part of its leader's name.
        group: "country",
        text: "Chủ tịch nước CHND Trung Hoa Tần Cận Minh đã tới Hà Nội. Thủ tướng CHND Trung Hoa Mạnh Kiến Trụ thì không.",
        officials: &[
            o("Tần Cận Minh", "Chủ tịch nước", "CHND Trung Hoa"),
            o("Mạnh Kiến Trụ", "Thủ tướng", "CHND Trung Hoa"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The UN spelled "Liên Hiệp Quốc" or "LHQ", as "Liên Hợp Quốc": where an ambassador
        // is posted, before the name.
        group: "country",
        text: "Đại sứ Mỹ tại LHQ Carla Brennan và Đại sứ Chile tại Liên Hiệp Quốc Tomas Ibarra đã họp.",
        officials: &[
            o("Carla Brennan", "Đại sứ", "Mỹ tại LHQ"),
            o("Tomas Ibarra", "Đại sứ", "Chile tại Liên Hiệp Quốc"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office joined by "kiêm" to the next, with no body of its own, is of the next
        // one's body, also an acronym's in a sentence naming another body; not an office
        // of the nation, nor a minister's of another kind of body.
        group: "kiem",
        text: "Ông Lê Hải, Tổng giám đốc Chứng khoán Bản Đông, đứng thứ hai, sau ông Trần Văn Bình, Chủ tịch kiêm Tổng giám đốc VKS. Ông Hà Văn Lộc, Thủ tướng kiêm Bộ trưởng Bộ Tài chính, dự họp. Bà Ngô Thị Hạnh, Chủ tịch HĐQT kiêm CEO của công ty này, cho biết.",
        officials: &[
            o("Lê Hải", "Tổng giám đốc", "Chứng khoán Bản Đông"),
            o("Trần Văn Bình", "Chủ tịch", "VKS"),
            o("Trần Văn Bình", "Tổng giám đốc", "VKS"),
            o("Hà Văn Lộc", "Thủ tướng", ""),
            o("Hà Văn Lộc", "Bộ trưởng", "Bộ Tài chính"),
            o("Ngô Thị Hạnh", "Chủ tịch HĐQT", ""),
            o("Ngô Thị Hạnh", "CEO", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A counterpart holds the office of the title before it, in the country after
        // "người đồng cấp"; with no title before it in the sentence, no office.
        group: "counterpart",
        text: "Thủ tướng Na Uy Erik Solheim đã điện đàm với người đồng cấp Thụy Điển Anna Lindqvist. Người đồng cấp Phần Lan Mikko Virtanen không tham dự.",
        officials: &[
            o("Erik Solheim", "Thủ tướng", "Na Uy"),
            o("Anna Lindqvist", "Thủ tướng", "Thụy Điển"),
        ],
        titles: Some(&[("Thủ tướng", "Na Uy", &["Erik Solheim"])]),
        awards: &[],
    },
    Case {
        // A counterpart named before the title whose office it shares: the office written
        // later in the sentence; "người đồng nhiệm" is a counterpart too.
        group: "counterpart",
        text: "Sau khi hội đàm với người đồng nhiệm Bỉ Lucas Maes, Ngoại trưởng Áo Franz Huber nói rằng hai nước đã nhất trí.",
        officials: &[
            o("Lucas Maes", "Ngoại trưởng", "Bỉ"),
            o("Franz Huber", "Ngoại trưởng", "Áo"),
        ],
        titles: Some(&[("Ngoại trưởng", "Áo", &["Franz Huber"])]),
        awards: &[],
    },
    Case {
        // A foreign name written as an initial and the last name in one word, right after
        // the role or its country, as news agencies write them; the name in full when the
        // article links it too. A district written short ("Q.Tân Bình") is no name.
        group: "foreign",
        text: "Thủ tướng Áo K.Brau và Bộ trưởng Ngoại giao Bỉ L.Ma-ét đã hội đàm. Thủ tướng Áo Karl Brau nói thêm. Chủ tịch UBND Q.Tân Bình cũng dự.",
        officials: &[
            o("Karl Brau", "Thủ tướng", "Áo"),
            o("L.Ma-ét", "Bộ trưởng", "Ngoại giao Bỉ"),
        ],
        titles: Some(&[
            ("Thủ tướng", "Áo", &["Karl Brau"]),
            ("Bộ trưởng", "Ngoại giao Bỉ", &["L.Ma-ét"]),
            ("Chủ tịch", "UBND Q.Tân Bình", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "giữ/đảm nhận vị trí", "giữ cương vị" before an office: the subject holds it; one
        // "đề cử" (nominated) to it does not.
        group: "appointed",
        text: "Bà Lò Thị Hoa đảm nhận vị trí Tổng giám đốc Công ty Sông Mã. Ông Vi Văn Tâm giữ cương vị Bí thư Tỉnh ủy Lai Châu. Ông Cầm Văn Lợi được đề cử vào vị trí Chánh án Tòa án tỉnh.",
        officials: &[
            o("Lò Thị Hoa", "Tổng giám đốc", "Công ty Sông Mã"),
            o("Vi Văn Tâm", "Bí thư", "Tỉnh ủy Lai Châu"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A run of three foreign name words before an apposition is one name, unless its
        // first word is a place or written alone elsewhere (a source: "Reuters").
        group: "foreign",
        text: "Anna Maria Lindqvist, Giám đốc Contoso, cho biết. Theo Reuters, một nguồn tin xác nhận. Reuters Karl Brandt, Chủ tịch Fabrikam, nói.",
        officials: &[
            o("Anna Maria Lindqvist", "Giám đốc", "Contoso"),
            o("Karl Brandt", "Chủ tịch", "Fabrikam"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A prosecutor general, foreign or ours, and the deputy.
        group: "foreign",
        text: "Tổng công tố Ai Cập Omar Nabil bị ám sát. Phó Tổng công tố Lê Văn Mười phát biểu.",
        officials: &[
            o("Omar Nabil", "Tổng công tố", "Ai Cập"),
            o("Lê Văn Mười", "Phó Tổng công tố", ""),
        ],
        titles: Some(&[
            ("Tổng công tố", "Ai Cập", &["Omar Nabil"]),
            ("Phó Tổng công tố", "", &["Lê Văn Mười"]),
        ]),
        awards: &[],
    },
    Case {
        // A legislator's party between the seat and the name is no body, and the seat
        // borrows no body from the sentence; a party's chairman has the party as body.
        group: "party",
        text: "Thượng nghị sĩ đảng Dân chủ Tom Ridley nói Thẩm phán Tòa án Tối cao Ken Lowe sai. Chủ tịch đảng Bảo thủ Ann Carver phản đối.",
        officials: &[
            o("Tom Ridley", "Thượng nghị sĩ", ""),
            o("Ken Lowe", "Thẩm phán", "Tòa án Tối cao"),
            o("Ann Carver", "Chủ tịch", "đảng Bảo thủ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office named by the body it heads ("Chánh Thanh tra", "Tổng Kiểm toán") is of
        // that body, as "Trưởng phòng X" is of "phòng X"; a state's own body stays as written.
        group: "head-in-role",
        text: "Chánh Thanh tra Bộ Xây dựng Hà Minh Tuấn và Tổng Kiểm toán Nhà nước Lê Đình Khang dự họp. Chánh văn phòng Nhà Trắng Mark Ellison cho biết.",
        officials: &[
            o("Hà Minh Tuấn", "Chánh Thanh tra", "Thanh tra Bộ Xây dựng"),
            o("Lê Đình Khang", "Tổng Kiểm toán", "Kiểm toán Nhà nước"),
            o("Mark Ellison", "Chánh văn phòng", "Nhà Trắng"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A verb right after a body's name ends it (`body-end`): "báo cáo" is reported, not
        // named.
        group: "body-end",
        text: "Tại hội nghị, ông Lê Văn An, Giám đốc Sở Tài chính báo cáo kết quả thu ngân sách.",
        officials: &[o("Lê Văn An", "Giám đốc", "Sở Tài chính")],
        titles: None,
        awards: &[],
    },
    Case {
        // A party secretary holds office in a party's committee, never in a state's body:
        // not the council across "kiêm", nor the one body of a sentence.
        group: "kiem",
        text: "Ông Trần Văn Lực, Bí thư kiêm Chủ tịch UBND xã Tân Lập cho biết. Bí thư Phạm Đình Quân yêu cầu Giám đốc Sở Xây dựng báo cáo.",
        officials: &[
            o("Trần Văn Lực", "Bí thư", ""),
            o("Trần Văn Lực", "Chủ tịch", "UBND xã Tân Lập"),
            o("Phạm Đình Quân", "Bí thư", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The two American parties written without "đảng" after a member of Congress are
        // no body either; "Cộng hòa" that starts a country's name is the country's.
        group: "party",
        text: "Thượng nghị sĩ Cộng hòa Tom Ridley và Hạ nghị sĩ Dân chủ Mary Cole phản đối. Nghị sĩ Cộng hòa Séc Pavel Dvorak ủng hộ.",
        officials: &[
            o("Tom Ridley", "Thượng nghị sĩ", ""),
            o("Mary Cole", "Hạ nghị sĩ", ""),
            o("Pavel Dvorak", "Nghị sĩ", "Cộng hòa Séc"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a surname with a capitalized prefix was read as an abbreviation, so
        // the name ended before it ("Tổng thống John McCain" gave a body "John McCain").
        group: "foreign",
        text: "Bộ trưởng Giáo dục Mỹ Laura DeWitt phát biểu. Thượng nghị sĩ Ryan McAllister phản đối.",
        officials: &[
            o("Laura DeWitt", "Bộ trưởng", "Giáo dục Mỹ"),
            o("Ryan McAllister", "Thượng nghị sĩ", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A Roman numeral ends a name ("II" was an abbreviation that ended the run before).
        group: "foreign",
        text: "Nhà vua Bỉ Leopold IX tiếp Bộ trưởng Tài chính Marco Valdez III.",
        officials: &[
            o("Leopold IX", "Nhà vua", "Bỉ"),
            o("Marco Valdez III", "Bộ trưởng", "Tài chính"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Offices whose heads are "cố vấn" and "đại diện" but which are no aides.
        group: "foreign",
        text: "Cựu Cố vấn An ninh Quốc gia Mike Flanders bị điều tra. Đại diện thương mại Mỹ Robert Lindholm cho biết.",
        officials: &[
            o("Mike Flanders", "Cố vấn An ninh Quốc gia", "").former(),
            o("Robert Lindholm", "Đại diện thương mại", "Mỹ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // After an office of a state, one foreign word that is no place is the holder's
        // name; a word of a fuller name in the article is that person, named in full.
        group: "foreign",
        text: "Ngoại trưởng Valdrov cho biết. Thủ tướng Hamada Kenji hội đàm. Thủ tướng Hamada khẳng định. Thủ tướng Pháp phát biểu.",
        officials: &[
            o("Valdrov", "Ngoại trưởng", ""),
            o("Hamada Kenji", "Thủ tướng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A name in capitals after an honorific (interview captions) is a name.
        group: "caption",
        text: "Bà LÂM THỊ NGỌC, Phó Chủ tịch UBMTTQ phường Bến Thành, cho biết.",
        officials: &[o("LÂM THỊ NGỌC", "Phó Chủ tịch", "UBMTTQ phường Bến Thành")],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: a body ran on into the next sentence when its full stop was missing.
        group: "organization",
        text: "Chủ tịch Hiệp hội Cà phê Tây Nguyên Đỗ Văn Hậu Theo ông Hậu, giá đã tăng.",
        officials: &[o("Đỗ Văn Hậu", "Chủ tịch", "Hiệp hội Cà phê Tây Nguyên")],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: the person after "theo quyết định của <office>," is the subject of
        // the sentence, not the holder of the office that issued the decision.
        group: "apposition",
        text: "Theo quyết định của Giám đốc Sở Nội vụ, bà Kha Thị Mận được bổ nhiệm làm Trưởng phòng.",
        // She is appointed to the office; a department's head takes no body of another kind.
        officials: &[o("Kha Thị Mận", "Trưởng phòng", "")],
        titles: None,
        awards: &[],
    },
    Case {
        // A second office joined by "hiện là" is held now (not former like the first), and
        // one joined by "kiêm" or "đồng thời là" to a name written after its office is the
        // same person's; a bare comma after the name may start another person's office.
        group: "chain",
        text: "Ông Mạc Văn Hòa, nguyên Giám đốc Sở Xây dựng, hiện là Phó Chủ tịch UBND tỉnh, phát biểu. Phó Thủ tướng Lê Minh Khải kiêm Chủ tịch Ủy ban An toàn giao thông Quốc gia chỉ đạo.",
        officials: &[
            o("Mạc Văn Hòa", "Giám đốc", "Sở Xây dựng").former(),
            o("Mạc Văn Hòa", "Phó Chủ tịch", "UBND tỉnh"),
            o("Lê Minh Khải", "Phó Thủ tướng", ""),
            o(
                "Lê Minh Khải",
                "Chủ tịch",
                "Ủy ban An toàn giao thông Quốc gia",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An initial written against a foreign surname is one word of a name ("K.Varga"
        // was an abbreviation); after a state office and its country, one foreign word is
        // the holder; a coach is named by a surname alone.
        group: "foreign",
        text: "Tổng thống Hungary K.Varga tiếp Thủ tướng Séc Dvorski. HLV Kowalczyk cho tung tiền đạo vào sân.",
        officials: &[
            o("K.Varga", "Tổng thống", "Hungary"),
            o("Dvorski", "Thủ tướng", "Séc"),
            o("Kowalczyk", "HLV", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A coach's word is the team's when it goes on in capitals, after a comma, or the
        // article writes it as a team elsewhere; a former coach is most often named by the
        // team he left.
        group: "foreign",
        text: "HLV Norwood FC cho biết. HLV Ravenholt, Piotr Zielinski, nói. Cựu HLV Brackley phát biểu. Đội hòa trước Ravenholt.",
        officials: &[o("Piotr Zielinski", "HLV", "Ravenholt")],
        titles: None,
        awards: &[],
    },
    Case {
        // Two initials before a foreign surname neither end the sentence nor the name;
        // "liên bang" and "đặc biệt" after a role are part of it; "tiền nhiệm" after it
        // makes its holder a former one.
        group: "foreign",
        text: "Cố vấn an ninh quốc gia H.R. Kowalski cho biết. Thẩm phán liên bang Amanda Reyes ra phán quyết. Chính quyền Tổng thống tiền nhiệm Daniel Hartley đã cho rằng vậy.",
        officials: &[
            o("H.R. Kowalski", "Cố vấn an ninh quốc gia", ""),
            o("Amanda Reyes", "Thẩm phán liên bang", ""),
            o("Daniel Hartley", "Tổng thống", "").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: an office of a state borrowed the body of another title in the
        // sentence ("Tổng thống · Bộ Quốc phòng Nga"); it takes only the country that body
        // ends in. "Liên bang" before a country is the country's name, not a qualifier.
        group: "foreign",
        text: "Bộ trưởng Quốc phòng Nga Ivan Sorokin cho biết quân đội vừa được Tổng thống Mikhail Voronov yêu cầu kiểm tra. Tổng thống Liên bang Nga Pavel Orlov nói.",
        officials: &[
            o("Ivan Sorokin", "Bộ trưởng", "Quốc phòng Nga"),
            o("Mikhail Voronov", "Tổng thống", "Nga"),
            o("Pavel Orlov", "Tổng thống", "Liên bang Nga"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A particle inside a foreign name is no place to cut it.
        group: "foreign",
        text: "Cựu tổng thống Brazil Paulo Ramos da Cunha bị điều tra.",
        officials: &[o("Paulo Ramos da Cunha", "tổng thống", "Brazil").former()],
        titles: None,
        awards: &[],
    },
    Case {
        // Regression: "chức vụ Phó Giám đốc" was read as the office "vụ Phó" (the head
        // "Vụ phó"). "bổ nhiệm chức vụ" takes an office like "giữ chức vụ", and a rank opens
        // a sentence's subject like an honorific.
        group: "appointed",
        text: "Thượng tá Mạc Văn Hùng được bổ nhiệm chức vụ Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện.",
        officials: &[o(
            "Mạc Văn Hùng",
            "Phó Chỉ huy trưởng",
            "Ban Chỉ huy Quân sự huyện",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // "Chử", "Lô" and "Điểu" are surnames: the names are read whole without the model.
        // (Right after "huyện", two words are the district's name: "huyện Bù Đăng".)
        group: "surname",
        text: "Phó Giám đốc Sở Tài chính Chử Minh Khang, Chủ tịch UBND xã Lô Quang Páng và Phó Chủ tịch UBND huyện Bù Đăng Điểu Krông dự họp.",
        officials: &[
            o("Chử Minh Khang", "Phó Giám đốc", "Sở Tài chính"),
            o("Lô Quang Páng", "Chủ tịch", "UBND xã"),
            o("Điểu Krông", "Phó Chủ tịch", "UBND huyện Bù Đăng"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "các ông A, B và bà C, <office>": the plural honorific makes the office each
        // one's; without "các" only the last name is apposed to it.
        group: "list",
        text: "Dự lễ có các ông Mạc Đức Hạnh, Tạ Văn Sính và bà Khúc Thị Huyền, Phó Chủ tịch UBND tỉnh. Dự họp có ông Lều Văn Toản, Cù Văn Tiến và bà Nhữ Thị Lan, Phó Giám đốc Sở Y tế.",
        officials: &[
            o("Mạc Đức Hạnh", "Phó Chủ tịch", "UBND tỉnh"),
            o("Tạ Văn Sính", "Phó Chủ tịch", "UBND tỉnh"),
            o("Khúc Thị Huyền", "Phó Chủ tịch", "UBND tỉnh"),
            o("Nhữ Thị Lan", "Phó Giám đốc", "Sở Y tế"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Uông" is a surname: the whole name is read, not its last two words.
        group: "surname",
        text: "Phó Chủ tịch Quốc hội Uông Văn Lộc phát biểu.",
        officials: &[o("Uông Văn Lộc", "Phó Chủ tịch", "Quốc hội")],
        titles: None,
        awards: &[],
    },
    Case {
        // A one-syllable head in lower case after a lower-case word ends that word
        // ("thị trường", "dự phòng", "xã hội", "cơ sở"): a full name may follow it. A known
        // gap: the rule reading it was measured in stops 24 and 28 and left out (the names
        // model retrained on its candidates read foreign names worse on real news).
        group: "body",
        text: "Cục trưởng Cục Quản lý thị trường Lê Văn Tám cho biết kết quả. Giám đốc Trung tâm Y tế dự phòng Đặng Thị Mai, Viện trưởng Viện Nghiên cứu xã hội Tạ Văn Nam và Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Hồng Vân dự họp.",
        officials: &[
            o("Lê Văn Tám", "Cục trưởng", "Cục Quản lý thị trường"),
            o("Đặng Thị Mai", "Giám đốc", "Trung tâm Y tế dự phòng"),
            o("Tạ Văn Nam", "Viện trưởng", "Viện Nghiên cứu xã hội"),
            o("Ninh Thị Hồng Vân", "Phó Cục trưởng", "Cục Văn hóa cơ sở"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An honorific written with a capital after a body introduces its holder: it is
        // no word of the body ("Sở Y tế Bà"), nor of the name.
        group: "honorific",
        text: "Giám đốc Sở Y tế Bà Trần Thị Loan và Chánh văn phòng Bộ VHTTDL Ông Nguyễn Thái Hòa dự họp. Ngoại trưởng Anh Ông Boris Kemp cũng đến.",
        officials: &[
            o("Trần Thị Loan", "Giám đốc", "Sở Y tế"),
            o("Nguyễn Thái Hòa", "Chánh văn phòng", "văn phòng Bộ VHTTDL"),
            o("Boris Kemp", "Ngoại trưởng", "Anh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // More than two lower-case words after a capital stay in the body's name when they
        // lead to its country.
        group: "body",
        text: "Theo Phó Giám đốc Công ty Cổ phần Dịch vụ Kỹ thuật đường cao tốc Việt Nam, Lê Thị Hoài Tám, công ty đưa vào khai thác hệ thống mới.",
        officials: &[o(
            "Lê Thị Hoài Tám",
            "Phó Giám đốc",
            "Công ty Cổ phần Dịch vụ Kỹ thuật đường cao tốc Việt Nam",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // A whole number right after a body's head names the body; before a unit it counts.
        group: "body",
        text: "Tư lệnh Quân khu 7, Trung tướng Lê Văn Tám, và Giám đốc Bệnh viện 108 Đỗ Văn Tư dự lễ. Chủ tịch UBND 3 xã đã họp.",
        officials: &[
            o("Lê Văn Tám", "Tư lệnh", "Quân khu 7"),
            o("Đỗ Văn Tư", "Giám đốc", "Bệnh viện 108"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A ward named after a person, right after "phường": a place, no holder; the same
        // name elsewhere is a person's.
        group: "trap",
        text: "Chủ tịch UBND phường Lý Thường Kiệt bị phê bình vì chậm giải ngân.",
        officials: &[],
        titles: None,
        awards: &[],
    },
    Case {
        group: "body",
        text: "Chủ tịch UBND phường Lý Thường Kiệt Đỗ Văn Tư cho biết. Ông Lý Thường Kiệt, Giám đốc Sở Tài chính, dự họp.",
        officials: &[
            o("Đỗ Văn Tư", "Chủ tịch", "UBND phường Lý Thường Kiệt"),
            o("Lý Thường Kiệt", "Giám đốc", "Sở Tài chính"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The leaders of a legislature's majority and minority are offices.
        group: "foreign",
        text: "Lãnh đạo thiểu số Thượng viện Mark Kemp và Lãnh đạo phe đa số Hạ viện Paul Ostrander bình luận.",
        officials: &[
            o("Mark Kemp", "Lãnh đạo thiểu số", "Thượng viện"),
            o("Paul Ostrander", "Lãnh đạo phe đa số", "Hạ viện"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Bà Rịa", "Hai Bà Trưng": a capital "Bà" that no name follows is a place's word.
        group: "honorific",
        text: "Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu Lê Văn Tám đã ký quyết định.",
        officials: &[o("Lê Văn Tám", "Chủ tịch", "UBND tỉnh Bà Rịa-Vũng Tàu")],
        titles: None,
        awards: &[],
    },
    Case {
        // Two name words after such a head are the body's: the company's name, no person.
        group: "trap",
        text: "Giám đốc Công ty cổ phần cung ứng dịch vụ Hà Thành cho biết nhu cầu tăng.",
        officials: &[],
        titles: None,
        awards: &[],
    },
    Case {
        // A foreign name with a particle after a state's office and its country is read
        // whole, and from its first word.
        group: "foreign",
        text: "Tổng thống Argentina Paulo de Abreu dẫn đầu các cuộc thăm dò. Vụ việc liên quan đến chính quyền cựu tổng thống Brazil Marco Aurélio Vaz da Cunha.",
        officials: &[
            o("Paulo de Abreu", "Tổng thống", "Argentina"),
            o("Marco Aurélio Vaz da Cunha", "tổng thống", "Brazil").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A company's name before a foreign name the article writes alone elsewhere is the
        // company's, not a word of the name.
        group: "foreign",
        text: "CEO Northwind Peter Holm cho biết công ty sẽ mở rộng. Ông Peter Holm nói thêm rằng thị trường châu Á rất quan trọng.",
        officials: &[o("Peter Holm", "CEO", "Northwind")],
        titles: None,
        awards: &[],
    },
    Case {
        // Initials inside foreign names, after an office and before an apposition.
        group: "foreign",
        text: "Ngoài các vị trí Ngoại trưởng Oskar W. Lindqvist, Bộ trưởng Quốc phòng Jens Kolbe, Bộ trưởng Nội vụ Otto F. Brandt đã được phê chuẩn. Bộ trưởng đã tiếp ông Peter K. Holmberg Jr, Phó chủ tịch Sàn chứng khoán Northwind.",
        officials: &[
            o("Oskar W. Lindqvist", "Ngoại trưởng", ""),
            o("Jens Kolbe", "Bộ trưởng", "Quốc phòng"),
            o("Otto F. Brandt", "Bộ trưởng", "Nội vụ"),
            o(
                "Peter K. Holmberg Jr",
                "Phó chủ tịch",
                "Sàn chứng khoán Northwind",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "VP" for "văn phòng" in the office of a chief of staff.
        group: "abbreviations",
        text: "Ông Lê Văn Hoan, Chánh VP UBND tỉnh Nam Định chủ trì buổi họp báo. Phó Chánh VP UBND tỉnh Trần Thị Mai cho biết thêm.",
        officials: &[
            o("Lê Văn Hoan", "Chánh VP", "UBND tỉnh Nam Định"),
            o("Trần Thị Mai", "Phó Chánh VP", "UBND tỉnh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A national body whose name holds a lower-case word that elsewhere ends a body
        // ("nói"): listed whole in the lexicon.
        group: "body",
        text: "Phó Tổng giám đốc Đài Tiếng nói Việt Nam Lê Văn Khải cho biết đài sẽ mở thêm kênh mới.",
        officials: &[o(
            "Lê Văn Khải",
            "Phó Tổng giám đốc",
            "Đài Tiếng nói Việt Nam",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // A company's name written on its own elsewhere ("Brightwave hiện có …", not after
        // an honorific or an office) is the body before a foreign name; "Á." of "châu Á" is
        // no initial joining it to the word after.
        group: "foreign",
        text: "Theo CEO Brightwave Mika Holst, công ty sẽ mở rộng sang châu Á. Brightwave hiện có văn phòng ở 12 nước. HLV Zenit Otto Brandvik nói trận đấu của Zenit rất khó.",
        officials: &[
            o("Mika Holst", "CEO", "Brightwave"),
            o("Otto Brandvik", "HLV", "Zenit"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An initial after a country begins the name; a name written with its initial and
        // in full is one person, named in full.
        group: "foreign",
        text: "Tổng thống Nga V. Marov và Thủ tướng Anh T. Holm đã gặp nhau. Phó Thủ tướng Nga K. Ivanov đến trước; Phó Thủ tướng Chính phủ Nga Konstantin Ivanov cho biết thêm.",
        officials: &[
            o("V. Marov", "Tổng thống", "Nga"),
            o("T. Holm", "Thủ tướng", "Anh"),
            o("Konstantin Ivanov", "Phó Thủ tướng", "Chính phủ Nga"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // After a head of state's country, name words that look Vietnamese are the
        // holder's; a sentence-initial "Ông" is no word of a longer name.
        group: "foreign",
        text: "Thủ tướng Nhật Kenji Tanaka (trái) và Thủ tướng Campuchia Som Sen bên lề Hội nghị thượng đỉnh. Tổng thống Mỹ đã điện đàm với Tổng thống Ukraine Dorenko. Ông Dorenko bày tỏ sự cấp bách của việc giải quyết xung đột.",
        officials: &[
            o("Kenji Tanaka", "Thủ tướng", "Nhật"),
            o("Som Sen", "Thủ tướng", "Campuchia"),
            o("Dorenko", "Tổng thống", "Ukraine"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A state of a federation after "bang" is a place, not the first word of the
        // holder's name, even when it is also a given name ("Virginia", "Washington").
        group: "foreign",
        text: "Tổng chưởng lý bang Washington Mark Ellery khởi kiện. Thượng nghị sĩ bang Virginia Paul Brenner và Thượng nghị sĩ của bang Texas Dan Corbett phản đối.",
        officials: &[
            o("Mark Ellery", "Tổng chưởng lý", "bang Washington"),
            o("Paul Brenner", "Thượng nghị sĩ", "bang Virginia"),
            o("Dan Corbett", "Thượng nghị sĩ", "bang Texas"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "do ông A làm giám đốc": the office is held by the person before "làm", in the
        // body before "do" — that body is no other office's; "thay ông B" is the one
        // replaced, who held the office before (corpus/baomoi/CONVENTIONS.md 13).
        group: "after",
        text: "Bộ trưởng vừa lập Hội đồng kỷ luật do Thứ trưởng Đỗ Minh Hào làm chủ tịch. Công ty cổ phần Thiên Lộc (do ông Kha Văn Tài làm giám đốc) đã ký hợp đồng. Tại ngân hàng, bà Lâm Thị Nguyệt lên làm chủ tịch thay ông Tạ Quang Bửu.",
        officials: &[
            o("Đỗ Minh Hào", "Thứ trưởng", ""),
            o("Đỗ Minh Hào", "chủ tịch", "Hội đồng kỷ luật"),
            o("Kha Văn Tài", "giám đốc", "Công ty cổ phần Thiên Lộc"),
            o("Lâm Thị Nguyệt", "chủ tịch", ""),
            o("Tạ Quang Bửu", "chủ tịch", "").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "từng làm": an office held before.
        group: "after",
        text: "Bà Lưu Thị Hạnh từng làm Giám đốc Sở Tư pháp.",
        officials: &[o("Lưu Thị Hạnh", "Giám đốc", "Sở Tư pháp").former()],
        titles: None,
        awards: &[],
    },
    Case {
        // A plural title ("các", "hai") then a list of names: each holds it.
        group: "after",
        text: "Các Phó Chủ tịch UBND tỉnh Lê Văn An và Trần Văn Bình cùng dự. Tổng Bí thư cùng hai ĐBQH Hà Thị Mơ, Vi Văn Khải tiếp xúc cử tri.",
        officials: &[
            o("Lê Văn An", "Phó Chủ tịch", "UBND tỉnh"),
            o("Trần Văn Bình", "Phó Chủ tịch", "UBND tỉnh"),
            o("Hà Thị Mơ", "ĐBQH", ""),
            o("Vi Văn Khải", "ĐBQH", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "các đồng chí <title>:" then offices with their holders: each holds the title too.
        group: "after",
        text: "Tham dự có các đồng chí Ủy viên Trung ương Đảng: Tổng Giám đốc Thông tấn xã Việt Nam Lê Văn Lợi, Bộ trưởng Bộ Y tế Trần Thị Hoa.",
        officials: &[
            o("Lê Văn Lợi", "Ủy viên", "Trung ương Đảng"),
            o("Trần Thị Hoa", "Ủy viên", "Trung ương Đảng"),
            o("Lê Văn Lợi", "Tổng Giám đốc", "Thông tấn xã Việt Nam"),
            o("Trần Thị Hoa", "Bộ trưởng", "Bộ Y tế"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Where the body sits, or a year, between a title and ", ông A": A holds it.
        group: "after",
        text: "Đại sứ Nga tại Washington, ông Sergei Kislov, có mặt. Cựu Bộ trưởng Quốc phòng Mỹ năm 1994, ông William K. Parry, từng chỉ đạo.",
        officials: &[
            o("Sergei Kislov", "Đại sứ", "Nga tại Washington"),
            o("William K. Parry", "Bộ trưởng", "Quốc phòng Mỹ").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Lower-case words of a body's name that lead to its province or district stay in
        // it, after an acronym too.
        group: "after",
        text: "Giám đốc Trung tâm Dịch vụ bán đấu giá tài sản tỉnh Hải Dương Nguyễn Văn Dân lý giải. Trao đổi với PV, bà Trần Thị Mai, Phó Trưởng phòng GD&ĐT quận Hai Bà Trưng, cho biết.",
        officials: &[
            o(
                "Nguyễn Văn Dân",
                "Giám đốc",
                "Trung tâm Dịch vụ bán đấu giá tài sản tỉnh Hải Dương",
            ),
            o(
                "Trần Thị Mai",
                "Phó Trưởng phòng",
                "phòng GD&ĐT quận Hai Bà Trưng",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A coach's name is no body of the coach's title; the team named before "của HLV"
        // is (two teams, one the opponent, lend none).
        group: "after",
        text: "HLV Hữu Thành yêu cầu U23 Việt Nam giữ đôi chân trên mặt đất\nSau chiến thắng đậm 3-0 của U23 Việt Nam trước U23 Malaysia, HLV Hữu Thành yêu cầu các học trò phải giữ đôi chân trên mặt đất. Đội tuyển U23 Việt Nam của HLV Hữu Thành đã có khởi đầu suôn sẻ.",
        officials: &[o("Hữu Thành", "HLV", "Đội tuyển U23 Việt Nam")],
        titles: Some(&[("HLV", "Đội tuyển U23 Việt Nam", &["Hữu Thành"])]),
        awards: &[],
    },
    Case {
        // "mang băng đội trưởng": the captain's armband, no office held.
        group: "trap",
        text: "Trong đội có 3 cầu thủ xứng đáng mang băng đội trưởng là Lê Duy Mạnh, Hà Tiến Dũng và Vũ Công Phượng.",
        officials: &[],
        titles: Some(&[]),
        awards: &[],
    },
    Case {
        // A capital "Năm" starts a headline's next sentence, run on without a stop.
        group: "trap",
        text: "Hủy quyết định của Chủ tịch UBND TP Rạch Giá Năm 1982, ông Trần Thanh Bảo có đơn đề nghị.",
        officials: &[],
        titles: None,
        awards: &[],
    },
    Case {
        // Forest rangers: "Hạt trưởng Hạt kiểm lâm".
        group: "after",
        text: "Sở khiển trách ông Lê Văn Hà, Hạt trưởng Hạt kiểm lâm huyện Krông Bông.",
        officials: &[o(
            "Lê Văn Hà",
            "Hạt trưởng",
            "Hạt kiểm lâm huyện Krông Bông",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // After a role ending in a unit's head ("khoa", "phòng"), two name-like words are
        // the unit's name; a foreign name there is still a holder.
        group: "after",
        text: "Bác sĩ Phạm Thị Hằng, Trưởng khoa Khúc Xạ, cho hay. Chánh văn phòng Dwight Kessler cho biết.",
        officials: &[
            o("Phạm Thị Hằng", "Trưởng khoa", "khoa Khúc Xạ"),
            o("Dwight Kessler", "Chánh văn phòng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Each name of a list after a plural office may have a place or a note in brackets
        // after it; the list goes on past them.
        group: "list",
        text: "Ba Phó Chủ tịch Hoàng Văn Khải (Lạng Sơn), Trịnh Thị Mơ (Cao Bằng) và Lục Văn Sằn (Bắc Kạn) đều có mặt. Các Phó Giám đốc Sở Công Thương: Đàm Thị Nguyệt (thường trực), Nông Văn Tạo dự họp.",
        officials: &[
            o("Hoàng Văn Khải", "Phó Chủ tịch", ""),
            o("Trịnh Thị Mơ", "Phó Chủ tịch", ""),
            o("Lục Văn Sằn", "Phó Chủ tịch", ""),
            o("Đàm Thị Nguyệt", "Phó Giám đốc", "Sở Công Thương"),
            o("Nông Văn Tạo", "Phó Giám đốc", "Sở Công Thương"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The person right before "được" and a verb of appointment is the one appointed,
        // wherever the sentence starts; one only offered the office ("được đề nghị") is not.
        // "được bổ nhiệm là" is "được bổ nhiệm làm", and the person replaced held the office.
        group: "appointed",
        text: "Theo quyết định này, ông Hà Quang Lực được bổ nhiệm làm Giám đốc Sở Xây dựng. Tại hội nghị, PGS.TS Vi Thị Sen được bổ nhiệm là Hiệu trưởng Trường Đại học Hồng Đức thay thế PGS.TS Lò Văn Piêng. Năm 2010, TS Đinh Khắc Tuân được đề nghị giữ chức hiệu trưởng nhưng ông từ chối.",
        officials: &[
            o("Hà Quang Lực", "Giám đốc", "Sở Xây dựng"),
            o("Vi Thị Sen", "Hiệu trưởng", "Trường Đại học Hồng Đức"),
            o("Lò Văn Piêng", "Hiệu trưởng", "Trường Đại học Hồng Đức").former(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A numbered area ends a body's name ("khu vực 1", "Vùng 4"), and the holder follows.
        group: "body",
        text: "Phó Chi cục trưởng Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực 2 Mạc Văn Toàn cho biết. Tư lệnh Vùng 3 Hải quân Chu Văn Khiêm dự lễ.",
        officials: &[
            o(
                "Mạc Văn Toàn",
                "Phó Chi cục trưởng",
                "Chi cục Hải quan cửa khẩu cảng Hải Phòng khu vực 2",
            ),
            o("Chu Văn Khiêm", "Tư lệnh", "Vùng 3 Hải quân"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The seat of a head of state names the office's body in lower case too ("điện
        // Kremlin"), and no name starts inside it; "nền kinh tế thành viên X" (member
        // economies) is no member's office whose body a minister could take.
        group: "foreign",
        text: "Điều đó là không thể, phát ngôn viên điện Kremlin Pavel Orlov nhận định. Bộ trưởng Đàm Văn Thạch đã nói về trách nhiệm của các nền kinh tế thành viên APEC.",
        officials: &[
            o("Pavel Orlov", "phát ngôn viên", "điện Kremlin"),
            o("Đàm Văn Thạch", "Bộ trưởng", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A national office written without its body takes the one the sentence names on
        // its own: "Chính phủ" for a Vietnamese Prime Minister or deputy, "Quốc hội" for a
        // member; not one inside another body's name ("Văn phòng Chính phủ") nor another
        // state's ("Chính phủ Lào"). A member's seat with the assembly lent is the full seat
        // the article writes.
        group: "country",
        text: "Tại phiên họp Chính phủ thường kỳ, Phó Thủ tướng Lò Văn Hặc yêu cầu các bộ khẩn trương. Thủ tướng Vi Văn Đèo tiếp đoàn Chính phủ Lào. Chủ nhiệm Văn phòng Chính phủ Mông Văn Sử và Phó Thủ tướng Lò Văn Hặc dự họp. Theo đại biểu Quàng Văn Páo (Sơn La), Quốc hội cần giám sát. ĐBQH Quàng Văn Páo nói thêm.",
        officials: &[
            o("Lò Văn Hặc", "Phó Thủ tướng", "Chính phủ"),
            o("Vi Văn Đèo", "Thủ tướng", ""),
            o("Mông Văn Sử", "Chủ nhiệm", "Văn phòng Chính phủ"),
            o("Quàng Văn Páo", "ĐBQH", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Phó Công an xã/huyện": the deputy of the police named after "Phó", no head
        // written; and the person before "đảm nhận" (takes on) an office takes it.
        group: "appointed",
        text: "Ông Sùng A Chư, Phó Công an huyện Mèo Vạc cho biết. Theo thông báo, bà Hầu Thị Dợ sẽ đảm nhận vị trí Giám đốc Sở Du lịch từ tháng sau.",
        officials: &[
            o("Sùng A Chư", "Phó", "Công an huyện Mèo Vạc"),
            o("Hầu Thị Dợ", "Giám đốc", "Sở Du lịch"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office that a fronted phrase meets or questions ("Trong buổi tiếp X,", "Chất
        // vấn Y,") is not the next name's; an office followed by ", A, cho biết" is A's, the
        // subject's (a full Vietnamese name), not the person's named before it.
        group: "chain",
        text: "Trong buổi tiếp Chủ tịch Hội đồng Anh, Thủ tướng Lò Văn Pản bày tỏ cảm ơn. Chất vấn Bộ trưởng Bộ Công Thương, ĐB Hà Thị Ngàn (Lai Châu) dẫn số liệu. Báo cáo Thủ tướng Lò Văn Pản, Phó Chủ tịch Hội người Việt tại Lào, Lê Chính Tới, cho biết như vậy.",
        officials: &[
            o("Lò Văn Pản", "Thủ tướng", ""),
            o("Hà Thị Ngàn", "ĐB", ""),
            // The body is read short ("Hội"): the lower-case words after it are not taken.
            o("Lê Chính Tới", "Phó Chủ tịch", "").any_organization(),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The country of a chairman of a state is not lent to another head of state named
        // with him; a deputy still takes his leader's.
        group: "country",
        text: "Hai bên đã đạt nhiều tiến bộ sau cuộc gặp giữa Tổng thống Karl Brenner và Chủ tịch Trung Quốc Tập Khải Phong. Tổng thống Mỹ Peter Holm và Phó Tổng thống Mark Kemp dự lễ.",
        officials: &[
            o("Karl Brenner", "Tổng thống", ""),
            o("Tập Khải Phong", "Chủ tịch", "Trung Quốc"),
            o("Peter Holm", "Tổng thống", "Mỹ"),
            o("Mark Kemp", "Phó Tổng thống", "Mỹ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A rank right after the body, no comma, introduces the holder ("… Quân khu 7
        // trung tướng A").
        group: "rank",
        text: "Tư lệnh Quân khu 9 trung tướng Lương Văn Cừ dự lễ. Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đại tá Đinh Văn Thẻ phát biểu.",
        officials: &[
            o("Lương Văn Cừ", "Tư lệnh", "Quân khu 9"),
            o("Đinh Văn Thẻ", "Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The Russian legislature is a body by its own name: a committee "của Duma Quốc
        // gia" goes on to it, and no person "Duma Quốc" is read.
        group: "foreign",
        text: "Phó chủ tịch Ủy ban Quốc phòng của Duma Quốc gia Pavel Orlov nói với báo chí. Đại biểu Duma Quốc gia Nga Ivan Sokolin cũng nói vậy.",
        officials: &[
            o(
                "Pavel Orlov",
                "Phó chủ tịch",
                "Ủy ban Quốc phòng của Duma Quốc gia",
            ),
            o("Ivan Sokolin", "Đại biểu", "Duma Quốc gia Nga"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "nhà báo A": the occupation introduces a person, though "báo" heads a newspaper's
        // name; "Hội Nhà báo Việt Nam" stays a body, no person "Việt Nam …".
        group: "honorific",
        text: "Theo VTV, nhà báo Vi Thị Lụa sẽ đảm nhận vị trí Trưởng ban Thời sự. Cùng dự có Chủ tịch Hội Nhà báo Việt Nam Ma Văn Kháng.",
        officials: &[
            o("Vi Thị Lụa", "Trưởng ban", "ban Thời sự"),
            o("Ma Văn Kháng", "Chủ tịch", "Hội Nhà báo Việt Nam"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "nước" is the office's only in "(Phó) Chủ tịch nước"; after another office it opens
        // the country's formal name.
        group: "country",
        text: "Hôm qua, Tổng thống nước Cộng hòa Pháp Karl Brenner đã tới. Chủ tịch nước Lạc Văn Tín dự lễ đón. Chủ tịch Quốc hội Cộng hòa Cu Ba Pedro da Costa cũng tới.",
        officials: &[
            o("Karl Brenner", "Tổng thống", "nước Cộng hòa Pháp"),
            o("Lạc Văn Tín", "Chủ tịch nước", ""),
            // Regression: "Cu Ba" was no place, and was read into the name.
            o("Pedro da Costa", "Chủ tịch Quốc hội", "Cộng hòa Cu Ba"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An alternate member ("dự khuyết") is part of the role; the body after it is the
        // role's, and the next office of the list keeps its own body.
        group: "qualifier",
        text: "Ông Lạc Văn Tín - Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Chánh Văn phòng Tỉnh ủy phát biểu.",
        officials: &[
            o(
                "Lạc Văn Tín",
                "Ủy viên dự khuyết",
                "Ban Chấp hành Trung ương Đảng",
            ),
            o("Lạc Văn Tín", "Chánh Văn phòng", "Văn phòng Tỉnh ủy"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The holder set off by commas after the member's party.
        group: "party",
        text: "Hai ngày trước, thượng nghị sĩ đảng Cộng hòa, Walter Brenner, cũng bác bỏ điều đó.",
        officials: &[o("Walter Brenner", "thượng nghị sĩ", "")],
        titles: None,
        awards: &[],
    },
    Case {
        // A head of a committee ("Trưởng ban") holds office in a "Ban", never in another
        // title's body that the sentence names once; one "Ban" the sentence names is lent.
        group: "body",
        text: "Thứ trưởng Bộ Y tế Lạc Văn Tín - Trưởng ban chỉ đạo kỳ thi quốc gia đi kiểm tra. Quyết định của Ban Kỷ luật Liên đoàn Bóng đá, do Trưởng ban Hà Văn Bình ký, đã có hiệu lực.",
        officials: &[
            o("Lạc Văn Tín", "Thứ trưởng", "Bộ Y tế"),
            o("Lạc Văn Tín", "Trưởng ban", "ban chỉ đạo kỳ thi quốc gia"),
            o("Hà Văn Bình", "Trưởng ban", "Ban Kỷ luật Liên đoàn Bóng đá"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A delegation's head ("Trưởng đoàn") holds office in the delegation ("đoàn công
        // tác", a body by itself), not in the body their other office is in.
        group: "body",
        text: "Ông Lạc Văn Tín – Phó Giám đốc Sở Y tế (Trưởng đoàn công tác hôm đó) là cán bộ của tỉnh.",
        officials: &[
            o("Lạc Văn Tín", "Phó Giám đốc", "Sở Y tế"),
            o("Lạc Văn Tín", "Trưởng đoàn", "đoàn công tác"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A German state after "bang" ends the body; the holder's name follows.
        group: "body",
        text: "Thủ tướng đã gặp Thủ hiến bang Hessen Walter Brenner và Bộ trưởng Kinh tế bang Rheinland-Pfalz Karl Osterholt.",
        officials: &[
            o("Walter Brenner", "Thủ hiến", "bang Hessen"),
            o(
                "Karl Osterholt",
                "Bộ trưởng",
                "Kinh tế bang Rheinland-Pfalz",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A team's captain is no position; a police team's head is written with the unit
        // or a rank.
        group: "not-official",
        text: "Ở phút 71, đội trưởng Karl Osterholt ghi bàn gỡ hòa. Trung tá Lạc Văn Tín, Đội trưởng, cho biết vụ việc đang được điều tra; Đội trưởng Đội CSGT số 3 Hà Văn Bình có mặt.",
        officials: &[
            o("Lạc Văn Tín", "Đội trưởng", "").rank("trung tá"),
            // Regression: "số 3" after an acronym was left out of the unit.
            o("Hà Văn Bình", "Đội trưởng", "Đội CSGT số 3"),
        ],
        titles: Some(&[("Đội trưởng", "Đội CSGT số 3", &["Hà Văn Bình"])]),
        awards: &[],
    },
    Case {
        // A place ending a run before an apposed office is no person, whatever capitals
        // stand before it; the holder is the name after the body.
        group: "apposition",
        text: "Về tuyến Nhổn - Ga Hà Nội, Phó Thủ tướng Chính phủ Lạc Văn Tín đã khẳng định tiến độ.",
        officials: &[o("Lạc Văn Tín", "Phó Thủ tướng", "Chính phủ")],
        titles: None,
        awards: &[],
    },
    Case {
        // A body read over the first holder's name is no other holder's body either.
        group: "list",
        text: "Các phó trưởng phòng Lạc Văn Tín, Hà Văn Bình bị khiển trách.",
        officials: &[
            o("Lạc Văn Tín", "phó trưởng phòng", ""),
            o("Hà Văn Bình", "phó trưởng phòng", ""),
        ],
        titles: Some(&[("phó trưởng phòng", "", &["Lạc Văn Tín", "Hà Văn Bình"])]),
        awards: &[],
    },
    Case {
        // A committee whose head spans past the role ("Trưởng ban chỉ đạo"): its name in
        // lower case after that head is the body's.
        group: "body",
        text: "Ông Lạc Văn Tín, Phó trưởng ban chỉ đạo phòng chống dịch của tỉnh, cho biết.",
        officials: &[o(
            "Lạc Văn Tín",
            "Phó trưởng ban",
            "ban chỉ đạo phòng chống dịch",
        )],
        titles: None,
        awards: &[],
    },
    Case {
        // A body named by "chỉ huy" (command): "Ban chỉ huy …", "Bộ chỉ huy …" are whole
        // bodies, not "Ban" or "Bộ" with an office after them.
        group: "body",
        text: "Ông Lạc Văn Tín, Phó Trưởng ban thường trực Ban chỉ huy phòng chống thiên tai tỉnh Sơn La, cho biết. Đô đốc Hà Văn Bình, Tư lệnh Bộ chỉ huy liên quân, đã tới.",
        officials: &[
            o(
                "Lạc Văn Tín",
                "Phó Trưởng ban thường trực",
                "Ban chỉ huy phòng chống thiên tai tỉnh Sơn La",
            ),
            o("Hà Văn Bình", "Tư lệnh", "Bộ chỉ huy liên quân").rank("đô đốc"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Initials joined by a comma with no space ("VH,TT&DL") are one body's name.
        group: "body",
        text: "Thứ trưởng Bộ VH,TT&DL Lạc Văn Tín và Phó Giám đốc Sở LĐ,TB&XH tỉnh Nghệ An Hà Văn Bình đã tới.",
        officials: &[
            o("Lạc Văn Tín", "Thứ trưởng", "Bộ VH,TT&DL"),
            o("Hà Văn Bình", "Phó Giám đốc", "Sở LĐ,TB&XH tỉnh Nghệ An"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A unit named in lower case after its head in the role, then "tại" or "của" and
        // the body it belongs to; an ordinal there names no unit.
        group: "body",
        text: "Bà Lạc Thị Tín, Trưởng khoa tiết niệu tại Bệnh viện Bạch Mai, cho biết. Ông Hà Văn Bình là phó trưởng ban thứ 8 của cơ quan này.",
        officials: &[
            o("Lạc Thị Tín", "Trưởng khoa", "khoa tiết niệu"),
            o("Hà Văn Bình", "phó trưởng ban", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A head of a unit named after the office in two words ("đơn vị", "dự án") or as
        // "BQT": the unit's words are the role's, and begin the body, as "Trưởng phòng X"
        // heads "phòng X" (GOLD.md).
        group: "body",
        text: "Bác sĩ Lạc Văn Thái - Trưởng đơn vị Tim mạch, Bệnh viện tỉnh cho hay. Theo ông Kenji Sato, Trưởng Dự án nghiên cứu phát triển NLTT Việt Nam, dự án sẽ kéo dài. Ông Hà Quốc Bình, Trưởng BQT chung cư Hoa Sen, cho biết.",
        officials: &[
            o("Lạc Văn Thái", "Trưởng đơn vị", "đơn vị Tim mạch"),
            o(
                "Kenji Sato",
                "Trưởng Dự án",
                "Dự án nghiên cứu phát triển NLTT Việt Nam",
            ),
            o("Hà Quốc Bình", "Trưởng BQT", "BQT chung cư Hoa Sen"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An acronym is a whole word, but a body's region goes on after it as after any
        // name: "WHO khu vực châu Á".
        group: "body",
        text: "Giám đốc WHO khu vực châu Á Robert Maris cho biết. Giám đốc BIDV khu vực miền Trung Lạc Văn Minh phát biểu.",
        officials: &[
            o("Robert Maris", "Giám đốc", "WHO khu vực châu Á"),
            o("Lạc Văn Minh", "Giám đốc", "BIDV khu vực miền Trung"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "tổ chức" after a unit's head in the role is the unit's field (organizing,
        // personnel), not a body of its own ("Tổ chức Y tế Thế giới"): the unit heads
        // "Ban Tổ chức Trung ương", "phòng Tổ chức cán bộ".
        group: "body",
        text: "Trưởng Ban Tổ chức Trung ương Lạc Văn Minh dự họp. Trưởng phòng Tổ chức cán bộ Hà Thị Lan báo cáo.",
        officials: &[
            o("Lạc Văn Minh", "Trưởng Ban", "Ban Tổ chức Trung ương"),
            o("Hà Thị Lan", "Trưởng phòng", "phòng Tổ chức cán bộ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A second office set off after a place in brackets is the same person's; an
        // organizing committee's head ("Trưởng ban tổ chức") heads "ban tổ chức" and the
        // event named in lower case after it (GOLD.md: "Trưởng phòng X" heads "Phòng X"),
        // never the council of the office before it.
        group: "apposition",
        text: "Chiều 8/2, ông Lạc Văn Tín, Phó chủ tịch UBND huyện Văn Yên (Yên Bái), Trưởng ban tổ chức lễ hội đền Đông Cuông, cho biết. Bà Hà Thị Bình, Phó Chủ tịch UBND TP Nam Định, Trưởng ban tổ chức, đã tới.",
        officials: &[
            o("Lạc Văn Tín", "Phó chủ tịch", "UBND huyện Văn Yên"),
            o(
                "Lạc Văn Tín",
                "Trưởng ban",
                "ban tổ chức lễ hội đền Đông Cuông",
            ),
            o("Hà Thị Bình", "Phó Chủ tịch", "UBND TP Nam Định"),
            o("Hà Thị Bình", "Trưởng ban", "ban tổ chức"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A name written short as middle and given name right after an honorific, before
        // or after the office; named in full when the article writes the full name too.
        // Players listed after "thành viên:" are no holders.
        group: "honorific",
        text: "Theo ông Hữu Bình, HLV trưởng CLB Hải Phòng, đội sẽ thắng. Ông Lạc Đức Tín đến dự. Chủ tịch UBND tỉnh Yên Bái, ông Đức Tín, cho biết. Đội một gồm các thành viên: Minh Hiếu, Quang Hải.",
        officials: &[
            o("Hữu Bình", "HLV trưởng", "CLB Hải Phòng"),
            o("Lạc Đức Tín", "Chủ tịch", "UBND tỉnh Yên Bái"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Where an envoy's mission is: a city after "tại", listed or one foreign word before
        // the name; a name with an apostrophe is one word; a parent body set off by commas
        // between a body and its holder.
        group: "foreign",
        text: "Đại sứ Nga tại Washington Pavel Orlanov và Tổng lãnh sự Việt Nam tại Fukuoka Lạc Văn Tín đã gặp nhau. CNN dẫn lời ông Mark O'Dell, Giám đốc FBI, cho biết. Phó cục trưởng Cục Y tế dự phòng, Bộ Y tế, Hà Văn Bình cho biết.",
        officials: &[
            o("Pavel Orlanov", "Đại sứ", "Nga tại Washington"),
            o("Lạc Văn Tín", "Tổng lãnh sự", "Việt Nam tại Fukuoka"),
            o("Mark O'Dell", "Giám đốc", "FBI"),
            o("Hà Văn Bình", "Phó cục trưởng", "Cục Y tế dự phòng"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A judge's or inspector's grade is part of the role, and the office after it is
        // the same person's.
        group: "chain",
        text: "Ông Lạc Văn Tín, Thẩm phán trung cấp, Chánh án Tòa án nhân dân TP Trà Vinh đã xét xử 2.000 vụ. Đoàn do ông Hà Văn Bình, thanh tra viên cao cấp, Phó Cục trưởng Cục Giải quyết khiếu nại làm trưởng đoàn.",
        officials: &[
            o(
                "Lạc Văn Tín",
                "Thẩm phán trung cấp",
                "Tòa án nhân dân TP Trà Vinh",
            ),
            o("Lạc Văn Tín", "Chánh án", "Tòa án nhân dân TP Trà Vinh"),
            o(
                "Hà Văn Bình",
                "thanh tra viên cao cấp",
                "Cục Giải quyết khiếu nại",
            ),
            o("Hà Văn Bình", "Phó Cục trưởng", "Cục Giải quyết khiếu nại"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A body whose name lists more than two fields; a code ("VTC3") goes on to "của" and
        // the body it belongs to; a channel is a body; "chuyên môn" qualifies the office.
        group: "body",
        text: "Ông Lạc Văn Tín, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội, đã ký văn bản. Giám đốc kênh HTV9 của Đài truyền hình Miền Nam – Hà Văn Bình nhìn nhận như vậy. Phần việc còn lại do Phó Chủ tịch chuyên môn Lê Minh Hòa nắm.",
        officials: &[
            o(
                "Lạc Văn Tín",
                "Phó Chủ nhiệm",
                "Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng của Quốc hội",
            ),
            o(
                "Hà Văn Bình",
                "Giám đốc",
                "kênh HTV9 của Đài truyền hình Miền Nam",
            ),
            o("Lê Minh Hòa", "Phó Chủ tịch chuyên môn", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A company named by its own name alone ("…bank", "…group", or listed) is the one
        // company of its sentence, for the company offices written there without a body.
        group: "body",
        text: "Đại hội đồng cổ đông của Westbank đã bầu ông Lạc Văn Tín làm Chủ tịch HĐQT thay ông Hà Văn Bình. Hội đồng quản trị Sunrisegroup đã bổ nhiệm ông Lê Minh Hòa giữ chức Phó Tổng giám đốc.",
        officials: &[
            o("Lạc Văn Tín", "Chủ tịch HĐQT", "Westbank"),
            o("Hà Văn Bình", "Chủ tịch HĐQT", "Westbank").former(),
            o("Lê Minh Hòa", "Phó Tổng giám đốc", "Sunrisegroup"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "của" and a body whose head is in lower case before its name goes on with the
        // body before it; after the field an office is in charge of, the body starts
        // after "của".
        group: "body",
        text: "Giám đốc phụ trách khu vực Bắc Âu của hãng Northwind, ông Pavel Orlanov cho biết. Theo ông Lạc Văn Tín, giám đốc trung tâm sinh sản của bệnh viện Hòa Bình, số ca tăng.",
        officials: &[
            o(
                "Pavel Orlanov",
                "Giám đốc phụ trách khu vực Bắc Âu",
                "hãng Northwind",
            ),
            o(
                "Lạc Văn Tín",
                "giám đốc",
                "trung tâm sinh sản của bệnh viện Hòa Bình",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An occupation between the name and the office, set off by dashes or opening the
        // parentheses after the name.
        group: "apposition",
        text: "PGS.TS Lạc Văn Tín (chuyên gia kỹ thuật hàng không - nguyên Chủ nhiệm bộ môn Kỹ thuật hàng không, Đại học Hòa Bình) cho rằng. Còn TS. Hà Văn Bình- chuyên gia phong thủy- Trưởng khoa Khoa học cơ bản, Trường Đại học Mỹ thuật trả lời.",
        officials: &[
            o("Lạc Văn Tín", "Chủ nhiệm", "bộ môn Kỹ thuật hàng không").former(),
            o("Hà Văn Bình", "Trưởng khoa", "khoa Khoa học cơ bản"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A verb that begins with a body's head in lower case ("hội kiến", "sở hữu") is no
        // body of the office before it.
        group: "body",
        text: "Chủ tịch nước hội kiến Tổng thống Nga. Thủ tướng hội đàm với người đồng cấp. Chủ tịch sở hữu 20% cổ phần.",
        officials: &[],
        titles: Some(&[
            ("Chủ tịch nước", "", &[]),
            ("Tổng thống", "Nga", &[]),
            ("Thủ tướng", "", &[]),
            ("Chủ tịch", "", &[]),
        ]),
        awards: &[],
    },
    Case {
        // A country in lower case is a word ("biện pháp", "anh"): lower-case words lead to
        // no country; nor is a syllable that ends a word one ("Tư Pháp"): a ministry's
        // field lends no country to a leader.
        group: "body",
        text: "Hai Thủ tướng nhất trí tìm biện pháp tăng cường đối thoại. Một HLV hết sức tin tưởng anh. Bộ trưởng Tư Pháp Pavel Orlanov tuyên bố không bênh vực sắc lệnh của Tổng thống.",
        officials: &[o("Pavel Orlanov", "Bộ trưởng", "Tư Pháp")],
        titles: Some(&[
            ("Thủ tướng", "", &[]),
            ("HLV", "", &[]),
            ("Bộ trưởng", "Tư Pháp", &["Pavel Orlanov"]),
            ("Tổng thống", "", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "tái đắc cử" (re-elected) says which holder, between the office and its body;
        // "sang" (to) ends a body's name.
        group: "foreign",
        text: "Tổng thống mới tái đắc cử Iran Pavel Orlanov vẫy chào. Đặc phái viên sang Việt Nam làm việc.",
        officials: &[o("Pavel Orlanov", "Tổng thống", "Iran")],
        titles: Some(&[
            ("Tổng thống", "Iran", &["Pavel Orlanov"]),
            ("Đặc phái viên", "", &[]),
        ]),
        awards: &[],
    },
    Case {
        // Words that go on with the sentence end a body's name: "từng" (once), "hôm" (the
        // day), "thốt" (exclaim), "lúc" (then), "mấy" (how many), "chưa" (not yet).
        group: "body",
        text: "Thượng tướng Lạc Văn Tín, Thứ trưởng Bộ Công an từng cho biết như vậy. Ông Hà Văn Bình, Cục trưởng Cục Kiểm lâm hôm qua cho biết. Ông Lê Minh Hòa, Bí thư Thành ủy thốt lên. Ông Trần Văn Hải, Giám đốc Sở Y tế chưa trả lời. Ông Phạm Văn Xuân, Giám đốc Sở Công Thương lúc đó cho biết. Ông Đỗ Văn Sơn, Ủy viên Trung ương mấy khóa liền, phát biểu.",
        officials: &[
            o("Lạc Văn Tín", "Thứ trưởng", "Bộ Công an").rank("thượng tướng"),
            o("Hà Văn Bình", "Cục trưởng", "Cục Kiểm lâm"),
            o("Lê Minh Hòa", "Bí thư", "Thành ủy"),
            o("Trần Văn Hải", "Giám đốc", "Sở Y tế"),
            o("Phạm Văn Xuân", "Giám đốc", "Sở Công Thương"),
            o("Đỗ Văn Sơn", "Ủy viên", "Trung ương"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An honorific with a capital before an initial: the name starts at the initial,
        // as after a country ("Ngài V. Orlanov" is no given name and a middle initial).
        group: "foreign",
        text: "Chủ tịch nước hội kiến Chủ tịch Quốc hội Belarus Ngài P. Orlanov.",
        officials: &[o("P. Orlanov", "Chủ tịch", "Quốc hội Belarus")],
        titles: None,
        awards: &[],
    },
    Case {
        // "của" and a country go on with the body before them; the holder's name follows.
        group: "foreign",
        text: "Hội nghị do Trưởng đoàn đàm phán của Thái Lan Pavel Orlanov chủ trì. Tư lệnh Hạm đội Thái Bình Dương của Mỹ, Đô đốc Mark Holm, cho biết.",
        officials: &[
            o("Pavel Orlanov", "Trưởng đoàn", "đoàn đàm phán của Thái Lan"),
            o("Mark Holm", "Tư lệnh", "Hạm đội Thái Bình Dương của Mỹ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A given name that also opens clauses ("Tuy", "Hiện") ends a name before a comma;
        // surnames of the Central Highlands and the monks' "Thích" lead names.
        group: "names",
        text: "Ông Lạc Đức Tuy, Phó Chủ tịch UBND tỉnh Kon Tum, đã đến thăm. Ông Ksor Phước Hà, Phó Chủ tịch UBND huyện Ia Grai, ký công văn. Hòa thượng Thích Minh Tín - Đại biểu Quốc hội khóa 13, cho biết.",
        officials: &[
            o("Lạc Đức Tuy", "Phó Chủ tịch", "UBND tỉnh Kon Tum"),
            o("Ksor Phước Hà", "Phó Chủ tịch", "UBND huyện Ia Grai"),
            o("Thích Minh Tín", "Đại biểu", "Quốc hội khóa 13"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // One foreign-looking word after a body and its country is the holder's name, for
        // any office; written in full elsewhere, it is a later mention, and no word of the
        // body either way.
        group: "foreign",
        text: "Thứ trưởng Quốc phòng Nga Orlanov dự lễ. Lãnh đạo phe đa số tại Thượng viện Mỹ Kellerby phát biểu. Đại sứ Ba Lan Wisniak có mặt. Bộ trưởng Ngoại giao Peru Mark Tavaro tới Hà Nội. Bộ trưởng Ngoại giao Peru Tavaro nói thêm.",
        officials: &[
            o("Orlanov", "Thứ trưởng", "Quốc phòng Nga"),
            o("Kellerby", "Lãnh đạo phe đa số", "Thượng viện Mỹ"),
            o("Wisniak", "Đại sứ", "Ba Lan"),
            o("Mark Tavaro", "Bộ trưởng", "Ngoại giao Peru"),
        ],
        titles: Some(&[
            ("Thứ trưởng", "Quốc phòng Nga", &["Orlanov"]),
            ("Lãnh đạo phe đa số", "Thượng viện Mỹ", &["Kellerby"]),
            ("Đại sứ", "Ba Lan", &["Wisniak"]),
            ("Bộ trưởng", "Ngoại giao Peru", &["Mark Tavaro"]),
        ]),
        awards: &[],
    },
    Case {
        // Two or three name words after a body and its country are the holder's name however
        // Vietnamese they look (Chinese names in Sino-Vietnamese); after Vietnam's name they
        // may be the body's.
        group: "foreign",
        text: "Người phát ngôn Bộ Ngoại giao Trung Quốc Sảng Vĩ cho biết. Tư lệnh Hải quân Hàn Quốc Tần Cương Hạo có mặt. Phó Chủ tịch Hội Doanh nhân Việt Nam Hưng Thịnh phát biểu.",
        officials: &[
            o("Sảng Vĩ", "Người phát ngôn", "Bộ Ngoại giao Trung Quốc"),
            o("Tần Cương Hạo", "Tư lệnh", "Hải quân Hàn Quốc"),
        ],
        titles: Some(&[
            ("Người phát ngôn", "Bộ Ngoại giao Trung Quốc", &["Sảng Vĩ"]),
            ("Tư lệnh", "Hải quân Hàn Quốc", &["Tần Cương Hạo"]),
            ("Phó Chủ tịch", "Hội Doanh nhân Việt Nam Hưng Thịnh", &[]),
        ]),
        awards: &[],
    },
    Case {
        // A place that a one-word head begins and runs past ("Hội An", not the association
        // "Hội") is the place; a two-word name may follow it.
        group: "body",
        text: "Bí thư Thành ủy Hội An Trần Bình xin nghỉ. Chủ tịch UBND TP Hội An Hà Bình ký quyết định.",
        officials: &[
            o("Trần Bình", "Bí thư", "Thành ủy Hội An"),
            o("Hà Bình", "Chủ tịch", "UBND TP Hội An"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "không" (not) and "liên quan" (concerning) go on with the sentence after a body's
        // name; "hàng không", "phòng không", "không quân" are words of a body. (The holder
        // after "hãng hàng không" is Vietnamese: a foreign one there is the names model's
        // call, as an airline's name may stand there.)
        group: "body",
        text: "Bà Hà Thị Mai, Phó Cục trưởng Cục Văn hóa cơ sở không đồng tình. Ông Lạc Văn Tín - Vụ trưởng Vụ Pháp chế - Bộ Y tế liên quan đến việc này cho biết. Cục phó cục tác chiến Quân chủng Phòng không không quân Trần Văn Hải dự họp. Tổng giám đốc hãng hàng không Lê Văn Mười phát biểu.",
        officials: &[
            o("Hà Thị Mai", "Phó Cục trưởng", "Cục Văn hóa cơ sở"),
            o("Lạc Văn Tín", "Vụ trưởng", "Vụ Pháp chế - Bộ Y tế"),
            o(
                "Trần Văn Hải",
                "Cục phó",
                "cục tác chiến Quân chủng Phòng không không quân",
            ),
            o("Lê Văn Mười", "Tổng giám đốc", "hãng hàng không"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Where the body sits, then a comma and a rank: the rank introduces the holder as an
        // honorific does.
        group: "foreign",
        text: "Tư lệnh Lực lượng Mỹ ở Hàn Quốc, tướng Mark Kellerby tuyên bố. Người phát ngôn quân đội ở miền Nam, Đại tá Pavel Orlanov cho biết.",
        officials: &[
            o("Mark Kellerby", "Tư lệnh", "Lực lượng Mỹ ở Hàn Quốc"),
            o("Pavel Orlanov", "Người phát ngôn", "quân đội"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A team's captain or deputy named by one foreign word holds no office, and that
        // word is no body for a coach in the sentence to take.
        group: "foreign",
        text: "HLV Orlanov cho biết Đội trưởng Kellerby và Đội phó Wisniak sẽ ra sân.",
        officials: &[o("Orlanov", "HLV", "")],
        titles: Some(&[("HLV", "", &["Orlanov"])]),
        awards: &[],
    },
    Case {
        // A headline run on into the lead without a full stop: "Ngày" and a date start the
        // next sentence; "Ngày" alone may be in a body's name.
        group: "body",
        text: "Thanh tra tài sản của Giám đốc Sở Tài chính Yên Bái Ngày 9/6, Thanh tra tỉnh cho biết. Tổng biên tập báo Ngày Nay Lạc Văn Tín phát biểu.",
        officials: &[o("Lạc Văn Tín", "Tổng biên tập", "báo Ngày Nay")],
        titles: Some(&[
            ("Giám đốc", "Sở Tài chính Yên Bái", &[]),
            ("Tổng biên tập", "báo Ngày Nay", &["Lạc Văn Tín"]),
        ]),
        awards: &[],
    },
    Case {
        // A body's head of two words or more, its case miswritten, names no person before
        // an office's comma ("Bộ Chính Trị, Bí thư …" is no apposition).
        group: "body",
        text: "Sáng nay, Ủy viên Bộ Chính Trị, Bí thư Tỉnh ủy Lạc Văn Tín phát biểu.",
        officials: &[
            o("Lạc Văn Tín", "Ủy viên", "Bộ Chính Trị"),
            o("Lạc Văn Tín", "Bí thư", "Tỉnh ủy"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "lãnh đạo" is a leader's office only with its body, ending in a capital, and the
        // holder's name right after it; a body's leadership ("ban lãnh đạo X", "lãnh đạo
        // Sở …", "lãnh đạo Sở Tài chính A", "lãnh đạo BV X" with a two-word body name, or
        // one with a place) is no office, and "Ban lãnh đạo X" does not make X a holder.
        group: "role",
        text: "Lãnh đạo UPN Pavel Orlanov cho biết ban lãnh đạo Đông Hải sẽ họp với lãnh đạo Sở Y tế. Trong khi đó, lãnh đạo BV Bạch Yến nói, lãnh đạo Phòng Thương mại Hà Lan-Việt Nam đến, lãnh đạo Sở Tài chính Lạc Văn Tín phát biểu, lãnh đạo Đài Loan Kha Văn Triết đáp.",
        officials: &[
            o("Pavel Orlanov", "Lãnh đạo", "UPN"),
            o("Kha Văn Triết", "lãnh đạo", "Đài Loan"),
        ],
        titles: Some(&[
            ("Lãnh đạo", "UPN", &["Pavel Orlanov"]),
            ("lãnh đạo", "Đài Loan", &["Kha Văn Triết"]),
        ]),
        awards: &[],
    },
    Case {
        // A capital "Ông" between a body and a name of two words is the honorific, no
        // surname: the name is the two words.
        group: "name",
        text: "Đội trưởng QLTT Bình Tân Ông Quang Tín giãi bày: giá đường cao.",
        officials: &[o("Quang Tín", "Đội trưởng", "QLTT Bình Tân")],
        titles: None,
        awards: &[],
    },
    Case {
        // A caption run on without a full stop: capital "Bên" ("Bên cạnh đó"), "Về" start
        // the next sentence; no body's name goes on into it.
        group: "body",
        text: "Ông Lạc Văn Tín - Cục trưởng Cục Phòng chống gian lận Bên cạnh đó, theo ông Tín, luật sẽ được sửa. Biệt thự của Giám đốc Sở Tài nguyên Yên Bái Về vấn đề này, tỉnh cho biết.",
        officials: &[o("Lạc Văn Tín", "Cục trưởng", "Cục Phòng chống gian lận")],
        titles: Some(&[
            ("Cục trưởng", "Cục Phòng chống gian lận", &["Lạc Văn Tín"]),
            ("Giám đốc", "Sở Tài nguyên Yên Bái", &[]),
        ]),
        awards: &[],
    },
    Case {
        // "nhà lãnh đạo X A" and "lãnh đạo X A" are one office of A: "nhà lãnh đạo".
        group: "role",
        text: "Nhà lãnh đạo Triều Tiên Pak Sol-jin thị sát nhà máy. Sau đó, lãnh đạo Triều Tiên Pak Sol-jin gặp các kỹ sư.",
        officials: &[o("Pak Sol-jin", "Nhà lãnh đạo", "Triều Tiên")],
        titles: Some(&[("Nhà lãnh đạo", "Triều Tiên", &["Pak Sol-jin"])]),
        awards: &[],
    },
    Case {
        // A name shortened to an initial after a body's name, or after its abbreviation in
        // brackets, is the holder's; a district written short ("Q.Tân Bình") is no name.
        group: "foreign",
        text: "Phó Thống đốc RBI K.Varadan nêu rõ mức mới. Chủ tịch Hội đồng Liên minh (HĐLM) Đ.Tu-xcơ nói thêm. Chủ tịch UBND Q.Tân Bình cho biết.",
        officials: &[
            o("K.Varadan", "Phó Thống đốc", "RBI"),
            o("Đ.Tu-xcơ", "Chủ tịch", "Hội đồng Liên minh (HĐLM)"),
        ],
        titles: Some(&[
            ("Phó Thống đốc", "RBI", &["K.Varadan"]),
            ("Chủ tịch", "Hội đồng Liên minh (HĐLM)", &["Đ.Tu-xcơ"]),
            ("Chủ tịch", "UBND Q.Tân Bình", &[]),
        ]),
        awards: &[],
    },
    Case {
        // A name shortened to an initial after a minister's field and country is the
        // holder's, also after another person set off by a comma before the office: no
        // body's name goes on into it.
        group: "foreign",
        text: "Trong cuộc điện đàm với người đồng cấp Mỹ R.Kellerby, Bộ trưởng Ngoại giao Nga X.Orla-nốp tuyên bố, các biện pháp sẽ làm tổn hại.",
        officials: &[o("X.Orla-nốp", "Bộ trưởng", "Ngoại giao Nga")],
        titles: Some(&[("Bộ trưởng", "Ngoại giao Nga", &["X.Orla-nốp"])]),
        awards: &[],
    },
    Case {
        // Who acts for an office ("Thay mặt [cho] giám đốc X, thượng tá A") is not its
        // holder, whether a rank or an honorific introduces them after the comma.
        group: "link",
        text: "Thay mặt cho giám đốc Công an tỉnh Hưng Yên, thượng tá Lạc Văn Tín - Phó giám đốc Công an tỉnh Hưng Yên đã trao thưởng. Thay mặt Chủ tịch UBND tỉnh, ông Kha Văn Triết trao quà.",
        officials: &[o("Lạc Văn Tín", "Phó giám đốc", "Công an tỉnh Hưng Yên").rank("thượng tá")],
        titles: Some(&[
            ("giám đốc", "Công an tỉnh Hưng Yên", &[]),
            ("Phó giám đốc", "Công an tỉnh Hưng Yên", &["Lạc Văn Tín"]),
            ("Chủ tịch", "UBND tỉnh", &[]),
        ]),
        awards: &[],
    },
    Case {
        // The judge presiding over a trial holds an office, of a court: no other body of
        // the sentence is lent to it; "chủ tọa" alone is to chair a meeting.
        group: "role",
        text: "Luật sư Đoàn luật sư TP.HCM trình bày, chủ tọa phiên tòa Kha Văn Triết tuyên án. Thủ tướng chủ tọa Hội nghị.",
        officials: &[o("Kha Văn Triết", "chủ tọa phiên tòa", "")],
        titles: Some(&[
            ("chủ tọa phiên tòa", "", &["Kha Văn Triết"]),
            ("Thủ tướng", "", &[]),
        ]),
        awards: &[],
    },
    Case {
        // Two names of states joined by a hyphen ("Hà Lan-Việt Nam") end a body's name and
        // are no person's.
        group: "body",
        text: "Chủ tịch Phòng Thương mại Hà Lan-Việt Nam phát biểu tại hội thảo.",
        officials: &[],
        titles: Some(&[("Chủ tịch", "Phòng Thương mại Hà Lan-Việt Nam", &[])]),
        awards: &[],
    },
    Case {
        // "ban lãnh đạo X", "sự lãnh đạo X" name a body's leadership, never one leader,
        // whatever follows; nor does "Ban lãnh đạo X" make X's holder a leader elsewhere.
        group: "holderless",
        text: "Hôm qua, ban lãnh đạo UPN Pavel Orlanov họp kín. Dưới sự lãnh đạo Triều Tiên Pak Sol-jin, nước này thử tên lửa. Ban lãnh đạo Real Madrid họp khẩn. Chủ tịch Real Madrid, ông Arturo Velasco nói.",
        officials: &[o("Arturo Velasco", "Chủ tịch", "Real Madrid")],
        titles: Some(&[("Chủ tịch", "Real Madrid", &["Arturo Velasco"])]),
        awards: &[],
    },
    Case {
        // A bare "Lãnh đạo X" opening a sentence, or "Ban giám đốc X", names X's
        // leadership or board: X's office written later keeps its holder.
        group: "holderless",
        text: "Lãnh đạo Real Madrid họp khẩn. Ban giám đốc Real Madrid cũng họp. Chủ tịch Real Madrid, ông Arturo Velasco nói.",
        officials: &[o("Arturo Velasco", "Chủ tịch", "Real Madrid")],
        titles: Some(&[("Chủ tịch", "Real Madrid", &["Arturo Velasco"])]),
        awards: &[],
    },
    Case {
        // "ủy quyền cho X, ông A": A holds X, not acting for it ("thay mặt cho" would be).
        group: "link",
        text: "Thủ tướng đã ủy quyền cho Giám đốc Sở Tài chính, ông Kha Văn Triết, ký hợp đồng.",
        officials: &[o("Kha Văn Triết", "Giám đốc", "Sở Tài chính")],
        titles: Some(&[
            ("Thủ tướng", "", &[]),
            ("Giám đốc", "Sở Tài chính", &["Kha Văn Triết"]),
        ]),
        awards: &[],
    },
    Case {
        // "chỉ huy" is a commander opening a clause or after a word a noun follows, with a
        // holder ("Chỉ huy X" alone is no title); after another word it is to command or a
        // command's place ("sự chỉ huy", "Bộ chỉ huy", "nhà khoa học chỉ huy", "âm mưu và
        // chỉ huy").
        group: "role",
        text: "Trung tướng Karl Brenner, chỉ huy Hạm đội Bắc Hải, cho biết. Tàu đến dưới sự chỉ huy của Thuyền trưởng Peter Holm. Nhà khoa học chỉ huy dự án, ông Hiroki Tanabe, cho biết. Bộ chỉ huy Quân sự tỉnh họp. Chỉ huy Hạm đội Đông Hải cho biết tàu đã rời cảng. Chỉ huy Hạm đội Nam Hải Trần Văn Bình cho biết. Nga có thể hỗ trợ cho chỉ huy quân đội Libya Khalid Marwan. Theo chỉ huy Lữ đoàn 5, Đại tá Anders Lund, đơn vị đã sẵn sàng. Al-Karim bị cáo buộc âm mưu và chỉ huy các vụ tấn công, Đại tá Lê Văn Mười cho biết.",
        officials: &[
            o("Karl Brenner", "chỉ huy", "Hạm đội Bắc Hải").rank("Trung tướng"),
            o("Trần Văn Bình", "Chỉ huy", "Hạm đội Nam Hải"),
            o("Khalid Marwan", "chỉ huy", "quân đội Libya"),
            o("Anders Lund", "chỉ huy", "Lữ đoàn 5"),
        ],
        titles: Some(&[
            ("chỉ huy", "Hạm đội Bắc Hải", &["Karl Brenner"]),
            ("Chỉ huy", "Hạm đội Nam Hải", &["Trần Văn Bình"]),
            ("chỉ huy", "quân đội Libya", &["Khalid Marwan"]),
            ("chỉ huy", "Lữ đoàn 5", &["Anders Lund"]),
        ]),
        awards: &[],
    },
    Case {
        // Offices written by their initials: "GĐĐH" (giám đốc điều hành), "GĐKT" (kỹ
        // thuật), "PTGĐ" (phó tổng giám đốc), also two joined by a dash before one body.
        group: "abbreviations",
        text: "Phó Chủ tịch - GĐĐH MU, Karl Brenner quyết định. GĐKT Lê Văn Mười của CLB Hà Nội cho biết. PTGĐ Vingroup Trần Văn Tư nói.",
        officials: &[
            o("Karl Brenner", "GĐĐH", "MU"),
            o("Karl Brenner", "Phó Chủ tịch", "MU"),
            o("Lê Văn Mười", "GĐKT", "CLB Hà Nội"),
            o("Trần Văn Tư", "PTGĐ", "Vingroup"),
        ],
        titles: Some(&[
            ("Phó Chủ tịch", "MU", &["Karl Brenner"]),
            ("GĐĐH", "MU", &["Karl Brenner"]),
            ("GĐKT", "CLB Hà Nội", &["Lê Văn Mười"]),
            ("PTGĐ", "Vingroup", &["Trần Văn Tư"]),
        ]),
        awards: &[],
    },
    Case {
        // A foreign given name, an initial and the names after it are a name, also when
        // the model scores such a span low (a numeral after it).
        group: "foreign",
        text: "Giám đốc FBI Karl S. Brenner III từng đe dọa từ chức.",
        officials: &[o("Karl S. Brenner III", "Giám đốc", "FBI")],
        titles: Some(&[("Giám đốc", "FBI", &["Karl S. Brenner III"])]),
        awards: &[],
    },
    Case {
        // Another office written right after an office is no body of it: each keeps its
        // own ("Bộ trưởng, Chủ nhiệm X": GOLD.md's two entries, written with no comma too).
        // An office's staff serve the office after them, and a delegation's head names
        // the delegation.
        group: "link",
        text: "Bộ trưởng Chủ nhiệm Văn phòng Chính phủ Trần Văn Tư chủ trì họp báo. Phó Thủ tướng Bộ trưởng Ngoại giao Hiroki Tanabe tiếp đoàn. Phát ngôn viên Tổng thống Karl Brenner cho biết. Trưởng đoàn Đại biểu Quốc hội tỉnh Phạm Thị Hoa phát biểu.",
        officials: &[
            o("Trần Văn Tư", "Chủ nhiệm", "Văn phòng Chính phủ"),
            o("Trần Văn Tư", "Bộ trưởng", ""),
            o("Hiroki Tanabe", "Bộ trưởng", "Ngoại giao"),
            o("Hiroki Tanabe", "Phó Thủ tướng", ""),
            o("Karl Brenner", "Phát ngôn viên", "Tổng thống"),
            o("Phạm Thị Hoa", "Trưởng đoàn", "đoàn Đại biểu Quốc hội tỉnh"),
        ],
        titles: Some(&[
            ("Bộ trưởng", "Ngoại giao", &["Hiroki Tanabe", "Trần Văn Tư"]),
            ("Chủ nhiệm", "Văn phòng Chính phủ", &["Trần Văn Tư"]),
            ("Phó Thủ tướng", "", &["Hiroki Tanabe"]),
            ("Phát ngôn viên", "Tổng thống", &["Karl Brenner"]),
            (
                "Trưởng đoàn",
                "đoàn Đại biểu Quốc hội tỉnh",
                &["Phạm Thị Hoa"],
            ),
        ]),
        awards: &[],
    },
    Case {
        // Two initials written as one word, then the stop, are inside the name.
        group: "foreign",
        text: "Cựu Tổng thống Karl H.W. Brenner từng thăm Hà Nội.",
        officials: &[o("Karl H.W. Brenner", "Tổng thống", "").former()],
        titles: Some(&[("Tổng thống", "", &["Karl H.W. Brenner"])]),
        awards: &[],
    },
    Case {
        // The field an office is in charge of is the office's ("phụ trách mảng truyền
        // thông"); its body follows it ("của Google", "EU"); capitals before "của" name
        // the field ("vấn đề Syria"); a clause ends it ("dưới thời").
        group: "role",
        text: "Ông Karl Brenner, Phó Chủ tịch phụ trách mảng truyền thông của Google, cho biết. Ủy viên phụ trách kinh tế EU Ivan Sokolin bày tỏ hy vọng. Phó Đặc phái viên phụ trách vấn đề Syria của Liên Hợp Quốc, ông Hiroki Tanabe nhận định. Ông Peter Holm, cựu thư ký cấp cao phụ trách các vấn đề dân sự dưới thời cựu Tổng thống Anders Lund, bị điều tra.",
        officials: &[
            o(
                "Karl Brenner",
                "Phó Chủ tịch phụ trách mảng truyền thông",
                "Google",
            ),
            o("Ivan Sokolin", "Ủy viên phụ trách kinh tế", "EU"),
            o(
                "Hiroki Tanabe",
                "Phó Đặc phái viên phụ trách vấn đề Syria",
                "Liên Hợp Quốc",
            ),
            o(
                "Peter Holm",
                "thư ký cấp cao phụ trách các vấn đề dân sự",
                "",
            )
            .former(),
            o("Anders Lund", "Tổng thống", "").former(),
        ],
        titles: Some(&[
            (
                "Phó Chủ tịch phụ trách mảng truyền thông",
                "Google",
                &["Karl Brenner"],
            ),
            ("Ủy viên phụ trách kinh tế", "EU", &["Ivan Sokolin"]),
            (
                "Phó Đặc phái viên phụ trách vấn đề Syria",
                "Liên Hợp Quốc",
                &["Hiroki Tanabe"],
            ),
            (
                "thư ký cấp cao phụ trách các vấn đề dân sự",
                "",
                &["Peter Holm"],
            ),
            ("Tổng thống", "", &["Anders Lund"]),
        ]),
        awards: &[],
    },
    Case {
        // Where the field an office is in charge of ends: at a place or body with a capital
        // ("quốc phòng Nhật Bản"), not at a unit's word inside it ("quốc phòng"); at an
        // honorific or a clause ("và là"); a place after a region's word and one word after
        // a topic's are the field's ("xứ Wales", "vấn đề Brexit").
        group: "role",
        text: "Thứ trưởng phụ trách chính sách quốc phòng Nhật Bản Kenji Sato cho biết. Ông Karl Brenner, Bộ trưởng phụ trách xứ Wales, phát biểu. Ông Peter Holm, Giám đốc phụ trách kinh doanh và là người sáng lập công ty, cho biết. Phó Chủ tịch phụ trách kinh tế ông Lê Văn Mười cho biết. Bộ trưởng phụ trách vấn đề Brexit Ivan Sokolin từng khẳng định. Giám đốc phụ trách khu vực Bắc Âu Anders Lund cho biết.",
        officials: &[
            o(
                "Kenji Sato",
                "Thứ trưởng phụ trách chính sách quốc phòng",
                "Nhật Bản",
            ),
            o("Karl Brenner", "Bộ trưởng phụ trách xứ Wales", ""),
            o("Peter Holm", "Giám đốc phụ trách kinh doanh", ""),
            o("Lê Văn Mười", "Phó Chủ tịch phụ trách kinh tế", ""),
            o("Ivan Sokolin", "Bộ trưởng phụ trách vấn đề Brexit", ""),
            o("Anders Lund", "Giám đốc phụ trách khu vực Bắc Âu", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office ending in "văn phòng" heads the office named after it, whole: "Chánh
        // Văn phòng Tổng thống" heads "Văn phòng Tổng thống", never "phòng Tổng thống".
        group: "body",
        text: "Ông Kim Min-soo, Chánh Văn phòng Tổng thống Hàn Quốc, cho biết. Luật sư Lê Văn Mười, Trưởng văn phòng luật sư Toàn Cầu, cho biết.",
        officials: &[
            o(
                "Kim Min-soo",
                "Chánh Văn phòng",
                "Văn phòng Tổng thống Hàn Quốc",
            ),
            o(
                "Lê Văn Mười",
                "Trưởng văn phòng",
                "văn phòng luật sư Toàn Cầu",
            ),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // The field a director heads, in lower case before "của" or "tại" and its body, is
        // the role's (a listed director of a field goes on too); words telling which
        // holder is meant ("mới", "trẻ nhất") and a unit's head ("phòng") are no field, nor
        // one before another office and its holder.
        group: "role",
        text: "Ông Peter Holm, giám đốc nghiên cứu của Viện Northwind, cho biết. Bà Anna Lind, Phó giám đốc phát triển sản phẩm của Brightway, nói. Ông Karl Brenner, giám đốc kinh doanh bán lẻ của Westbank, cho biết. Ông Ivan Sokolin là giám đốc mới của Viện Northwind. Ông Lê Văn Mười, giám đốc phòng thí nghiệm của Viện Northwind, cho biết. Bà Maria Lind, giám đốc trẻ nhất của Brightway, cho biết. Ông Hans Berg, giám đốc chiến dịch của Tổng thống Kurt Adler, cho biết.",
        officials: &[
            o("Peter Holm", "giám đốc nghiên cứu", "Viện Northwind"),
            o("Anna Lind", "Phó giám đốc phát triển sản phẩm", "Brightway"),
            o("Karl Brenner", "giám đốc kinh doanh bán lẻ", "Westbank"),
            o("Ivan Sokolin", "giám đốc", "Viện Northwind"),
            o(
                "Lê Văn Mười",
                "giám đốc",
                "phòng thí nghiệm của Viện Northwind",
            ),
            o("Maria Lind", "giám đốc", "Brightway"),
            o("Hans Berg", "giám đốc", ""),
            o("Kurt Adler", "Tổng thống", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "nữ" (a woman) before an office is no part of it, and the office is still read in
        // apposition; "Nữ hoàng" is an office of its own.
        group: "role",
        text: "Bà Anna Lind, nữ phát ngôn viên Nhà Trắng, cho biết. Bà Trần Thị Mai (nữ giám đốc Công ty Hòa Bình) phát biểu. Nữ hoàng Anh Margaret Lind tới thăm.",
        officials: &[
            o("Anna Lind", "phát ngôn viên", "Nhà Trắng"),
            o("Trần Thị Mai", "giám đốc", "Công ty Hòa Bình"),
            o("Margaret Lind", "Nữ hoàng", "Anh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Two verbs of one field joined by a comma ("phòng, chống", "khám, chữa") are inside
        // a body's name, which goes on past them to its holder; not a word's last syllable
        // ("Quốc phòng, chống lại …").
        group: "body",
        text: "Cục trưởng Cục Quản lý Khám, chữa bệnh (Bộ Y tế) Lê Văn Mười cho biết. Ông Trần Văn Bình, Giám đốc Trung tâm Phòng, chống HIV/AIDS tỉnh Nghệ An, cho biết. Ông Hà Văn Lộc, Bộ trưởng Quốc phòng, chống lại kế hoạch.",
        officials: &[
            o(
                "Lê Văn Mười",
                "Cục trưởng",
                "Cục Quản lý Khám, chữa bệnh (Bộ Y tế)",
            ),
            o(
                "Trần Văn Bình",
                "Giám đốc",
                "Trung tâm Phòng, chống HIV/AIDS tỉnh Nghệ An",
            ),
            o("Hà Văn Lộc", "Bộ trưởng", "Quốc phòng"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A commander's forces, named in lower case after the office, are its body; "tư
        // lệnh trưởng" is one office (not a head "trưởng" of the forces); "Thống tướng" is a
        // rank, no word of the body.
        group: "body",
        text: "Ông Ivan Sokolin, tư lệnh lực lượng tên lửa chiến lược Nga, nói. Ngày 8/2, trung tướng Peter Holm, tư lệnh trưởng lực lượng liên quân chống khủng bố, cho biết. Tư lệnh lực lượng Hiến binh Thống tướng Karl Brenner tham dự.",
        officials: &[
            o(
                "Ivan Sokolin",
                "tư lệnh",
                "lực lượng tên lửa chiến lược Nga",
            ),
            o(
                "Peter Holm",
                "tư lệnh trưởng",
                "lực lượng liên quân chống khủng bố",
            )
            .rank("trung tướng"),
            o("Karl Brenner", "Tư lệnh", "lực lượng Hiến binh"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A body's head alone with "này" points back to a body named before: no body is
        // written next to the office (CONVENTIONS.md 17).
        group: "body",
        text: "Chỉ huy lực lượng này, đại úy Peter Holm cho biết. Ông Lê Văn Mười, Tổng giám đốc tập đoàn này, cho biết.",
        officials: &[
            o("Peter Holm", "Chỉ huy", ""),
            o("Lê Văn Mười", "Tổng giám đốc", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A country whose name ends in the word for a village ("Nhật Bản": "bản") is no
        // level of administration that takes the name written after it earlier: the same
        // office of the same holder, written twice, is one official.
        group: "body",
        text: "Đại sứ Nhật Bản Kenji Mori cho biết như vậy. Thủ tướng Nhật Bản Taro Sato tuyên bố sẽ hành động. Trong cuộc gặp với Thủ tướng Nhật Bản Taro Sato, ông Mori nói thêm.",
        officials: &[
            o("Kenji Mori", "Đại sứ", "Nhật Bản"),
            o("Taro Sato", "Thủ tướng", "Nhật Bản"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // An office written again without its last words ("Phó Thủ tướng" for "Phó Thủ
        // tướng thường trực") is the same office, not a second one, and lends the full one
        // its body, but not to an office whose last words name a state's body ("Chủ tịch
        // nước"), which the short one keeps when it is that body ("Chủ tịch · Quốc hội
        // Lào"); "phụ trách" after a deputy's office makes another office (the deputy who
        // runs the body).
        group: "office",
        text: "Phó Thủ tướng Lê Văn Mười: Cải cách thủ tục hành chính. Phó Thủ tướng thường trực Chính phủ Lê Văn Mười tới dự. Ông Trần Văn Bình, Phó Tổng giám đốc Ngân hàng Hòa Bình, được bổ nhiệm giữ chức Phó Tổng giám đốc phụ trách Ngân hàng Hòa Bình. Thứ trưởng Bộ Tài chính Hà Văn Lộc tới dự. Thứ trưởng thường trực Hà Văn Lộc phát biểu. Chủ tịch nước Lò Văn Hặc tiếp đoàn. Chủ tịch Liên minh Nghị sĩ hữu nghị Nhật – Việt Lò Văn Hặc phát biểu. Chủ tịch Quốc hội Lào Pany Somsak dự. Chủ tịch Quốc hội Pany Somsak phát biểu.",
        officials: &[
            o("Lê Văn Mười", "Phó Thủ tướng thường trực", "Chính phủ"),
            o("Trần Văn Bình", "Phó Tổng giám đốc", "Ngân hàng Hòa Bình"),
            o(
                "Trần Văn Bình",
                "Phó Tổng giám đốc phụ trách",
                "Ngân hàng Hòa Bình",
            ),
            o("Hà Văn Lộc", "Thứ trưởng thường trực", "Bộ Tài chính"),
            o("Lò Văn Hặc", "Chủ tịch nước", ""),
            o(
                "Lò Văn Hặc",
                "Chủ tịch",
                "Liên minh Nghị sĩ hữu nghị Nhật – Việt",
            ),
            o("Pany Somsak", "Chủ tịch", "Quốc hội Lào"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Chủ tịch Real Madrid, ông A" written twice: each time the capitals are the body's
        // name, not a holder's written elsewhere.
        group: "body",
        text: "Theo cựu Chủ tịch Real Madrid, ông Ramon Delgado thì khả năng này sẽ xảy ra. Cựu Chủ tịch Real Madrid, ông Ramon Delgado tiết lộ thêm.",
        officials: &[o("Ramon Delgado", "Chủ tịch", "Real Madrid").former()],
        titles: None,
        awards: &[],
    },
    Case {
        // "TTK" is a secretary-general's office; "Sheikh" is an honorific, no word of the
        // name (CONVENTIONS.md 16).
        group: "office",
        text: "Ông Tan Kok Wee, TTK Ủy ban Olympic Malaysia, nói. Bộ trưởng Ngoại giao Qatar Sheikh Ahmed bin Khalid Al Thani ký bản ghi nhớ.",
        officials: &[
            o("Tan Kok Wee", "TTK", "Ủy ban Olympic Malaysia"),
            o("Ahmed bin Khalid Al Thani", "Bộ trưởng", "Ngoại giao Qatar"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // Two capitalized words before a comma with no honorific, then an office whose body
        // is followed by a whole Vietnamese name: the name holds the office, the words
        // before the comma (a place) do not.
        group: "apposition",
        text: "Tại buổi lễ thăm quan nhà ga mẫu La Khê, Thứ trưởng Bộ Giao thông Vận tải Nguyễn Hồng Lâm đánh giá cao.",
        officials: &[o("Nguyễn Hồng Lâm", "Thứ trưởng", "Bộ Giao thông Vận tải")],
        titles: None,
        awards: &[],
    },
    Case {
        // A unit named by its number after an office that ends in the unit's head: "Phó
        // trưởng phòng 8" heads "phòng 8"; not a count before a word in lower case.
        group: "body",
        text: "Thiếu tá Nguyễn Hoàng Lâm, Phó trưởng phòng 8, C45 - Bộ Công an cho biết. Ông Trần Văn Bình, Trưởng thôn 3, cho biết. Ông Lê Văn Mười làm Trưởng phòng 10 năm. Ông Hà Văn Lộc làm Trưởng ban 2 nhiệm kỳ.",
        officials: &[
            o("Nguyễn Hoàng Lâm", "Phó trưởng phòng", "phòng 8").rank("Thiếu tá"),
            o("Trần Văn Bình", "Trưởng thôn", "thôn 3"),
            o("Lê Văn Mười", "Trưởng phòng", ""),
            o("Hà Văn Lộc", "Trưởng ban", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A coach written without a team takes the one team the sentence names before
        // them; not an opponent's, another country's for a Vietnamese coach, a player's,
        // nor one of two teams; nor the body of another office of the sentence (a
        // federation is no coach's team).
        group: "team",
        text: "ĐT Việt Nam khi đó được dẫn dắt bởi HLV Trần Minh Khoa. U20 Pháp chơi nhàn nhã, đội bóng của HLV Pierre Martin chưa dốc sức. Trước U19 Thái Lan, HLV Mark Jones chỉ đạo học trò. U23 Malaysia đã thắng hai trận, HLV Đỗ Quang Vinh tỏ ra lo lắng. Tiền vệ CLB Sông Lam lọt vào tầm ngắm của HLV Hoàng Văn Sơn. U20 Việt Nam và U20 Ghana đều thắng, HLV Phan Thanh Hải hài lòng. Chủ tịch VFF Lê Văn Tâm và HLV Hữu Thành dự lễ.",
        officials: &[
            o("Trần Minh Khoa", "HLV", "ĐT Việt Nam"),
            o("Pierre Martin", "HLV", "U20 Pháp"),
            o("Mark Jones", "HLV", ""),
            o("Đỗ Quang Vinh", "HLV", ""),
            o("Hoàng Văn Sơn", "HLV", ""),
            o("Phan Thanh Hải", "HLV", ""),
            o("Lê Văn Tâm", "Chủ tịch", "VFF"),
            o("Hữu Thành", "HLV", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A club of the lexicon named alone is a team as "CLB X" is: the body after an
        // office, whose holder's name starts after it; the team of a coach's sentence that
        // names it before the coach (after the coach, the club "tại" or "ở" which they lead
        // now), not when it is a player's ("của", "màu áo"), the opponent's, or one of two
        // clubs, and it yields to a national team of the same sentence; a captain of a
        // club holds no office.
        group: "team",
        text: "Chủ tịch Real Madrid muốn có thêm tiền đạo. HLV Man United Jose Moreira vừa lên tiếng. Chelsea đã thắng 3 trận liền dưới thời HLV Marco Venturi. Tiền đạo Pablo Ruiz của Arsenal được HLV Hans Keller để mắt. Chelsea thắng Arsenal 2-1, HLV Marco Venturi rất vui. Theo HLV Venturi, Chelsea sẽ thắng. Đội trưởng Chelsea John Mercer giã từ sân cỏ. U23 Việt Nam có 5 người của HAGL, HLV Lạc Văn Long hài lòng. Theo HLV Brandt, Chelsea sẽ thắng. Trong trận tiếp đón Chelsea, HLV Erik Lund dự khán. Bóng lại vào lưới Arsenal, HLV Tom Pryce lặng im. HLV Paolo Conti đang gặp khó khăn tại Arsenal. HLV Diego Ruiz từng thành công tại Arsenal. HLV Luca Bassi: Hiện tại Arsenal chưa chốt danh sách.",
        officials: &[
            o("Jose Moreira", "HLV", "Man United"),
            o("Marco Venturi", "HLV", "Chelsea"),
            o("Hans Keller", "HLV", ""),
            o("Lạc Văn Long", "HLV", "U23 Việt Nam"),
            o("Brandt", "HLV", ""),
            o("Erik Lund", "HLV", ""),
            o("Tom Pryce", "HLV", ""),
            o("Paolo Conti", "HLV", "Arsenal"),
            o("Diego Ruiz", "HLV", ""),
            o("Luca Bassi", "HLV", ""),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A coach whose office goes on after "HLV" ("HLV trưởng", "HLV tạm quyền": acting)
        // is a coach all the same: the team of the sentence is theirs.
        group: "team",
        text: "Chelsea ổn định trở lại dưới sự huấn luyện của HLV tạm quyền Marco Venturi. HLV trưởng Paolo Conti đang gặp khó khăn tại Arsenal.",
        officials: &[
            o("Marco Venturi", "HLV tạm quyền", "Chelsea"),
            o("Paolo Conti", "HLV trưởng", "Arsenal"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // A club written in one word after an office, then the holder an honorific
        // introduces after a comma: the word is the body, as two words are ("Chủ tịch Real
        // Madrid, ông A").
        group: "body",
        text: "Chủ tịch Lyon, ông Jean-Paul Moreau xác nhận đội bóng đã nhận lời đề nghị.",
        officials: &[o("Jean-Paul Moreau", "Chủ tịch", "Lyon")],
        titles: Some(&[("Chủ tịch", "Lyon", &["Jean-Paul Moreau"])]),
        awards: &[],
    },
    Case {
        // "X do ông A, <another office> làm <office>": the person set off before their
        // other office takes the office after "làm"; not across words that are no office.
        group: "holds",
        // So does one set off by an aside that is no office before "đồng thời là".
        text: "Đoàn Việt Nam do ông Mai Văn Hùng, Phó Giám đốc Sở Văn hóa và Thể thao làm Trưởng đoàn. Ông Trần Văn Tư, bố đẻ của cô ấy làm Giám đốc Công ty Hòa Bình. Ông Đỗ Văn Lực, chuyên gia kinh tế, đồng thời là Chủ tịch Hội Doanh nhân trẻ cho biết.",
        officials: &[
            o("Mai Văn Hùng", "Phó Giám đốc", "Sở Văn hóa và Thể thao"),
            o("Mai Văn Hùng", "Trưởng đoàn", "Đoàn Việt Nam"),
            o("Đỗ Văn Lực", "Chủ tịch", "Hội Doanh nhân trẻ"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "bổ nhiệm ông A, <an aside>, vào vị trí <office>": the person before the aside is
        // put into the office.
        group: "appointed",
        text: "Tổng thống đã bổ nhiệm ông Park Min-soo, Giáo sư kinh tế tại Đại học Seoul, vào vị trí Giám đốc Ủy ban Thương mại.",
        officials: &[o("Park Min-soo", "Giám đốc", "Ủy ban Thương mại")],
        titles: None,
        awards: &[],
    },
    Case {
        // "dưới quyền" (under the command of) is no acting office: "quyền" ends a word.
        group: "role",
        text: "Các binh sĩ dưới quyền Tổng thống Karl Brenner đã được thăng chức. Ông Lê Văn Tâm, quyền Chủ tịch UBND huyện, cho biết.",
        officials: &[
            o("Karl Brenner", "Tổng thống", ""),
            o("Lê Văn Tâm", "quyền Chủ tịch", "UBND huyện"),
        ],
        titles: None,
        awards: &[],
    },
    Case {
        // "Thủ lĩnh tối cao" is one office, as "Lãnh tụ tối cao" is.
        group: "role",
        text: "Thủ lĩnh tối cao IS Abu Karim al-Zahiri được cho là đã chết.",
        officials: &[o("Abu Karim al-Zahiri", "Thủ lĩnh tối cao", "IS")],
        titles: None,
        awards: &[],
    },
    Case {
        // "Thứ trưởng Trường" after "Thứ trưởng … Nguyễn Hồng Trường": the holder written
        // again by the given name, not an office of a school ("Trường" is a school's head).
        group: "mentions",
        text: "Thứ trưởng Bộ Giao thông Vận tải Nguyễn Hồng Trường phát biểu. Thứ trưởng Trường cho biết dự án sẽ xong.",
        officials: &[o(
            "Nguyễn Hồng Trường",
            "Thứ trưởng",
            "Bộ Giao thông Vận tải",
        )],
        titles: Some(&[(
            "Thứ trưởng",
            "Bộ Giao thông Vận tải",
            &["Nguyễn Hồng Trường"],
        )]),
        awards: &[],
    },
    Case {
        // Not one office written twice: a former office and a current one; several bodies
        // of the short office for one full office written without a body; a short office
        // whose full one is itself written short of a third (its body is kept).
        group: "office",
        text: "Ông Nguyễn Văn Hùng, Phó Chủ tịch thường trực UBND tỉnh Nghệ An, nguyên Phó Chủ tịch UBND tỉnh Nghệ An dự. Ông Trần Văn Bình, Giám đốc Công ty Hòa Phát, Giám đốc Công ty Hoa Sen cho biết. Giám đốc điều hành Trần Văn Bình nói. Phó Chủ tịch thường trực Tòng Văn Phóng cho biết. Ông Tòng Văn Phóng cũng là Phó Chủ tịch Hội Hữu nghị Việt – Lào. Phó Chủ tịch thường trực Quốc hội Tòng Văn Phóng phát biểu.",
        officials: &[
            o(
                "Nguyễn Văn Hùng",
                "Phó Chủ tịch thường trực",
                "UBND tỉnh Nghệ An",
            ),
            o("Nguyễn Văn Hùng", "Phó Chủ tịch", "UBND tỉnh Nghệ An").former(),
            o("Trần Văn Bình", "Giám đốc", "Công ty Hòa Phát"),
            o("Trần Văn Bình", "Giám đốc", "Công ty Hoa Sen"),
            o("Trần Văn Bình", "Giám đốc điều hành", ""),
            o("Tòng Văn Phóng", "Phó Chủ tịch", "Hội Hữu nghị Việt – Lào"),
            o("Tòng Văn Phóng", "Phó Chủ tịch thường trực Quốc hội", ""),
        ],
        titles: None,
        awards: &[],
    },
];

fn record(text: &str) -> Value {
    let pipeline = vnextract::Pipeline::builder().build();
    let article = vnextract::Article::new("t", text);
    serde_json::to_value(pipeline.process(&article).expect("record")).expect("json")
}

fn field<'v>(item: &'v Value, name: &str) -> &'v Value {
    item.get(name).unwrap_or(&Value::Null)
}

fn string(item: &Value, name: &str) -> String {
    field(item, name).as_str().unwrap_or("").to_string()
}

fn array(item: &Value, name: &str) -> Vec<Value> {
    field(item, name).as_array().cloned().unwrap_or_default()
}

fn offset(item: &Value, name: &str) -> usize {
    field(item, name)
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(usize::MAX)
}

/// The code points `start..end` of `text`.
fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

/// A role, organization or award name in the form it is compared in: case-folded, outer
/// punctuation stripped, whitespace collapsed.
fn fold(s: &str) -> String {
    let trimmed = s.trim_matches(|c: char| {
        c.is_whitespace() || c.is_ascii_punctuation() || "“”‘’–—".contains(c)
    });
    trimmed
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether an actual (role, organization) is the expected one: equal, or (GOLD's rule for a
/// full match) equal as "role organization" when one of the two has no organization, so that
/// ("Chủ tịch nước", "") is ("Chủ tịch", "nước"). A role that swallows only part of its
/// organization ("Chủ tịch", "HĐQT Công ty Y") is not accepted.
fn same_position(role: &str, organization: &str, want_role: &str, want_organization: &str) -> bool {
    let (role, organization) = (fold(role), fold(organization));
    let (want_role, want_organization) = (fold(want_role), fold(want_organization));
    if role == want_role && organization == want_organization {
        return true;
    }
    (organization.is_empty() || want_organization.is_empty())
        && fold(&format!("{role} {organization}"))
            == fold(&format!("{want_role} {want_organization}"))
}

fn describe_official(item: &Value) -> String {
    let mut s = format!(
        "({:?}, {:?}, {:?}",
        string(item, "name"),
        string(item, "role"),
        string(item, "organization")
    );
    if field(item, "former").as_bool() == Some(true) {
        s.push_str(", former");
    }
    if let Some(rank) = field(item, "rank").as_str() {
        s.push_str(&format!(", rank {rank:?}"));
    }
    s.push_str(&format!(", {} mentions)", array(item, "mentions").len()));
    s
}

fn official_matches(expected: &Official, actual: &Value) -> bool {
    let (role, organization) = (string(actual, "role"), string(actual, "organization"));
    string(actual, "name").trim() == expected.name
        && field(actual, "former").as_bool().unwrap_or(false) == expected.former
        && match expected.organization {
            Some(org) => same_position(&role, &organization, expected.role, org),
            None => fold(&role) == fold(expected.role),
        }
}

/// The failures of the officials of one case.
fn check_officials(case: &Case, record: &Value) -> Vec<String> {
    let actual = array(record, "officials");
    let mut used = vec![false; actual.len()];
    let mut failures = Vec::new();
    // Entries with an organization first, so that a looser entry cannot take their match.
    let mut order: Vec<&Official> = case.officials.iter().collect();
    order.sort_by_key(|e| e.organization.is_none());
    for expected in order {
        let found = (0..actual.len()).find(|&i| !used[i] && official_matches(expected, &actual[i]));
        let Some(i) = found else {
            failures.push(format!("missing official {expected:?}"));
            continue;
        };
        used[i] = true;
        let item = &actual[i];
        let rank = field(item, "rank").as_str().map(fold);
        if rank != expected.rank.map(fold) {
            failures.push(format!(
                "{}: rank {rank:?}, expected {:?}",
                expected.name, expected.rank
            ));
        }
        if let Some(count) = expected.mentions {
            let mentions = array(item, "mentions");
            if mentions.len() != count {
                let texts: Vec<String> = mentions.iter().map(|m| string(m, "text")).collect();
                failures.push(format!(
                    "{}: {} mentions {texts:?}, expected {count}",
                    expected.name,
                    mentions.len()
                ));
            }
        }
    }
    for (i, item) in actual.iter().enumerate() {
        if !used[i] {
            failures.push(format!("spurious official {}", describe_official(item)));
        }
    }
    failures
}

fn sorted_holders(holders: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut holders: Vec<String> = holders.into_iter().map(|h| h.trim().to_string()).collect();
    holders.sort();
    holders
}

fn check_titles(case: &Case, record: &Value) -> Vec<String> {
    let Some(expected) = case.titles else {
        return Vec::new();
    };
    let actual: Vec<(String, String, Vec<String>)> = array(record, "titles")
        .iter()
        .map(|t| {
            let holders = array(t, "holders")
                .iter()
                .map(|h| h.as_str().unwrap_or("").to_string())
                .collect::<Vec<_>>();
            (
                string(t, "role"),
                string(t, "organization"),
                sorted_holders(holders),
            )
        })
        .collect();
    let mut used = vec![false; actual.len()];
    let mut failures = Vec::new();
    for (role, org, holders) in expected {
        let holders = sorted_holders(holders.iter().map(|h| h.to_string()));
        let found = (0..actual.len()).find(|&i| {
            let (r, o, h) = &actual[i];
            !used[i] && same_position(r, o, role, org) && *h == holders
        });
        match found {
            Some(i) => used[i] = true,
            None => failures.push(format!("missing title ({role:?}, {org:?}, {holders:?})")),
        }
    }
    for (i, title) in actual.iter().enumerate() {
        if !used[i] {
            failures.push(format!("spurious title {title:?}"));
        }
    }
    failures
}

fn award_matches(expected: &Award, actual: &Value) -> bool {
    string(actual, "kind") == expected.kind
        && fold(&string(actual, "name")) == fold(expected.name)
        && expected
            .recipient
            .is_none_or(|r| fold(&string(actual, "recipient")) == fold(r))
        && expected
            .count
            .is_none_or(|n| field(actual, "count").as_u64() == Some(n))
}

fn check_awards(case: &Case, record: &Value) -> Vec<String> {
    let actual = array(record, "awards");
    let mut used = vec![false; actual.len()];
    let mut failures = Vec::new();
    for expected in case.awards {
        match (0..actual.len()).find(|&i| !used[i] && award_matches(expected, &actual[i])) {
            Some(i) => used[i] = true,
            None => failures.push(format!("missing award {expected:?}")),
        }
    }
    for (i, item) in actual.iter().enumerate() {
        if !used[i] {
            failures.push(format!(
                "spurious award ({:?}, {:?}, recipient {}, count {})",
                string(item, "kind"),
                string(item, "name"),
                field(item, "recipient"),
                field(item, "count")
            ));
        }
    }
    failures
}

/// Cases the extractor does not get right yet, each for a reason named here. They stay in
/// the table (so the coverage test sees them) and `known_gaps` shows how they fail:
/// `cargo test --test officials -- --ignored`.
const KNOWN_GAPS: &[&str] = &[
    // "Ông" as a surname after a rank: read as the honorific.
    "Thượng tá Ông Văn Cường, Trưởng phòng Cảnh sát kinh tế Công an tỉnh, cho biết vụ việc đang được điều tra.",
    // Recipients written after the award, and recipient nouns outside the list.
    "Chủ tịch nước đã ký quyết định tặng Huân chương Lao động hạng Ba cho Công ty cổ phần Dệt may Sông Lam.",
    "Có 12 công chức được tặng Giấy khen của Giám đốc Sở Tư pháp.",
    // A capitalized award name that runs on in lower case.
    "Bà Vương Thị Thoa, nguyên Hiệu trưởng Trường Tiểu học Kim Đồng, nhận Kỷ niệm chương Vì sự nghiệp giáo dục.",
    // A full name after a body's name ending in a lower-case head ("thị trường").
    "Cục trưởng Cục Quản lý thị trường Lê Văn Tám cho biết kết quả. Giám đốc Trung tâm Y tế dự phòng Đặng Thị Mai, Viện trưởng Viện Nghiên cứu xã hội Tạ Văn Nam và Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Hồng Vân dự họp.",
];

#[test]
#[ignore = "known gaps of the extractor, listed in KNOWN_GAPS"]
fn known_gaps() {
    for case in CASES.iter().filter(|c| KNOWN_GAPS.contains(&c.text)) {
        let record = record(case.text);
        let mut problems = check_officials(case, &record);
        problems.extend(check_titles(case, &record));
        problems.extend(check_awards(case, &record));
        println!(
            "[{}] {:?}\n    {}",
            case.group,
            case.text,
            problems.join("\n    ")
        );
    }
}

#[test]
fn every_case() {
    let mut failures = Vec::new();
    for case in CASES.iter().filter(|c| !KNOWN_GAPS.contains(&c.text)) {
        let record = record(case.text);
        let mut problems = check_officials(case, &record);
        problems.extend(check_titles(case, &record));
        problems.extend(check_awards(case, &record));
        if !problems.is_empty() {
            failures.push(format!(
                "[{}] {:?}\n    {}",
                case.group,
                case.text,
                problems.join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// Whether `item`'s code points `start..end` of `text` are its `text`; if not, why.
fn check_span(text: &str, what: &str, item: &Value, bad: &mut Vec<String>) {
    let (start, end) = (offset(item, "start"), offset(item, "end"));
    let surface = char_slice(text, start, end);
    let claimed = string(item, "text");
    if start >= end || claimed != surface {
        bad.push(format!(
            "{what} {claimed:?} but [{start}..{end}] is {surface:?}"
        ));
    }
}

/// The spans whose code points are not the `text` they claim, in one record.
fn bad_spans(text: &str, record: &Value) -> Vec<String> {
    let mut bad = Vec::new();
    for official in array(record, "officials") {
        let mentions = array(&official, "mentions");
        if mentions.is_empty() {
            bad.push(format!(
                "official {} has no mentions",
                describe_official(&official)
            ));
            continue;
        }
        for m in &mentions {
            check_span(text, "official mention", m, &mut bad);
        }
        // The official's own span is its first mention's.
        let first = mentions
            .iter()
            .min_by_key(|m| offset(m, "start"))
            .expect("mentions");
        let span = (offset(&official, "start"), offset(&official, "end"));
        if span != (offset(first, "start"), offset(first, "end")) {
            bad.push(format!(
                "official {} at {span:?}, first mention {first}",
                describe_official(&official)
            ));
        }
    }
    for title in array(record, "titles") {
        for m in array(&title, "mentions") {
            check_span(text, "title mention", &m, &mut bad);
        }
    }
    for award in array(record, "awards") {
        check_span(text, "award", &award, &mut bad);
    }
    bad
}

/// For every sentence of the table, every span of the record is the text it claims.
#[test]
fn spans_are_the_text_they_claim() {
    let mut failures = Vec::new();
    let mut officials = 0;
    for case in CASES {
        let record = record(case.text);
        officials += array(&record, "officials").len();
        for bad in bad_spans(case.text, &record) {
            failures.push(format!("[{}] {:?}: {bad}", case.group, case.text));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Not vacuous: the table's sentences do name officials.
    assert!(officials > 0, "no officials found in any case");
}

/// The table itself: enough cases, every pattern with something to find, traps with
/// nothing, and no sentence twice.
#[test]
fn the_table_covers_every_pattern() {
    assert!(CASES.len() >= 50, "{} cases", CASES.len());
    for group in [
        "before",
        "apposition",
        "list",
        "chain",
        "kiem",
        "paren",
        "rank",
        "former",
        "mentions",
        "foreign",
        "company",
        "qualifier",
        "holderless",
        "award",
        "alias",
        "appointed",
    ] {
        assert!(
            CASES.iter().any(|c| c.group == group
                && !(c.officials.is_empty()
                    && c.awards.is_empty()
                    && c.titles.is_none_or(<[Title]>::is_empty))),
            "{group}: no positive case"
        );
    }
    for case in CASES.iter().filter(|c| c.group == "trap") {
        assert!(
            case.officials.is_empty() && case.awards.is_empty(),
            "trap {:?} expects something",
            case.text
        );
    }
    for case in CASES {
        assert!(
            CASES.iter().filter(|c| c.text == case.text).count() == 1,
            "[{}] {:?} is in the table twice",
            case.group,
            case.text
        );
    }
}

#[test]
fn known_gaps_are_cases_of_the_table() {
    for text in KNOWN_GAPS {
        assert!(CASES.iter().any(|c| c.text == *text), "{text}");
    }
}

/// The seed article's six officials come out exactly: the same names and roles, and
/// organizations equal or holding the gold one as whole words (GOLD.md's rule). Skipped when
/// ../shared is not beside the repository.
#[test]
fn seed_article_officials() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/seed.gold.jsonl");
    let Ok(gold) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found", path.display());
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(gold.trim()).expect("seed gold");
    let text = gold["text"].as_str().expect("text");
    let record = record(text);
    let fold = |v: &serde_json::Value| v.as_str().unwrap_or("").to_lowercase();
    let predicted = record["officials"].as_array().expect("officials");
    let expected = gold["officials"].as_array().expect("gold officials");
    assert_eq!(predicted.len(), expected.len(), "{predicted:#?}");
    for g in expected {
        let found = predicted.iter().any(|p| {
            p["name"] == g["name"]
                && fold(&p["role"]) == fold(&g["role"])
                && format!(" {} ", fold(&p["organization"]))
                    .contains(&format!(" {} ", fold(&g["organization"])).replace("  ", " "))
        });
        assert!(found, "missing {g} in {predicted:#?}");
    }
}

/// A body the text shortens is named in full from the nearest mention before it, in
/// `organization_resolved`; the organization itself stays as written.
#[test]
fn shortened_bodies_resolve_from_context() {
    let resolved = |text: &str| -> Vec<(String, String, String)> {
        let record = record(text);
        array(&record, "officials")
            .iter()
            .map(|o| {
                let s = |k: &str| field(o, k).as_str().unwrap_or("").to_string();
                (s("name"), s("organization"), s("organization_resolved"))
            })
            .collect()
    };
    let text = "Tại đại hội, Hội Nông dân tỉnh Lào Cai đã bầu Ban chấp hành mới. Ông Giàng Văn Sử, Phó Giám đốc Sở Nông nghiệp, được bầu làm Chủ tịch Hội. Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn dự đại hội.";
    let found = resolved(text);
    assert!(
        found.contains(&(
            "Giàng Văn Sử".into(),
            "Hội".into(),
            "Hội Nông dân tỉnh Lào Cai".into()
        )),
        "{found:?}"
    );
    // Two bodies shortened alike are two titles.
    let titles = array(&record(text), "titles");
    let chairs = titles
        .iter()
        .filter(|t| field(t, "role").as_str() == Some("Chủ tịch"))
        .count();
    assert_eq!(chairs, 2, "{titles:?}");

    let found = resolved(
        "Sáng nay, quận Hoàn Kiếm tổ chức hội nghị. Phó Chủ tịch UBND quận Nguyễn Văn Hà phát biểu.",
    );
    assert_eq!(
        found,
        vec![(
            "Nguyễn Văn Hà".into(),
            "UBND quận".into(),
            "UBND quận Hoàn Kiếm".into()
        )]
    );
    // A person's name after the level is no place.
    let found = resolved(
        "Chủ tịch HĐND TP. Phan Hữu Thuấn điều hành. Phó Chủ tịch UBND TP. Hà Thị Liễu phát biểu.",
    );
    assert!(found.iter().all(|(_, _, r)| r.is_empty()), "{found:?}");
}

/// A title whose body is taken from elsewhere in the sentence is mentioned by its role alone:
/// the mention never spans the text between them.
#[test]
fn a_borrowed_body_is_not_part_of_the_mention() {
    let text = "Đứng đầu Sở là ông Trần Huy Kiên - Giám đốc; 3 Phó Giám đốc Sở Nội vụ gồm có ông Đào Ngọc Việt, Vi Văn Hiếu và bà Lục Thị Thùy.";
    let titles = array(&record(text), "titles");
    let director = titles
        .iter()
        .find(|t| string(t, "role") == "Giám đốc")
        .expect("the director's title");
    assert_eq!(string(director, "organization"), "Sở Nội vụ");
    let mention = &array(director, "mentions")[0];
    assert_eq!(string(mention, "text"), "Giám đốc");
    assert_eq!(
        char_slice(text, offset(mention, "start"), offset(mention, "end")),
        "Giám đốc"
    );
}

/// The record of `text` by the shipped lexicon and by the shipped lexicon with one user
/// entry (`line`, a lexicon file's line) added through the public API.
fn records_without_and_with_entry(text: &str, line: &str) -> (Value, Value) {
    let article = vnextract::Article::new("t", text);
    let record = |pipeline: &vnextract::Pipeline| {
        serde_json::to_value(pipeline.process(&article).expect("record")).expect("json")
    };
    let mut lexicon = (*vnextract::extract::OfficialLexicon::builtin()).clone();
    lexicon
        .extend_from_str(
            &format!("# format: vnextract-lexicon 1\n{line}\n"),
            "mine.tsv",
        )
        .expect("the entry parses");
    let pipeline = vnextract::Pipeline::builder()
        .official_lexicon(lexicon)
        .build();
    (record(&vnextract::Pipeline::default()), record(&pipeline))
}

/// Verbs that end a body's name are lexicon entries (`body-end`): a user lexicon adds one,
/// and the body written before it stops there.
#[test]
fn a_body_end_from_a_user_lexicon_ends_the_body() {
    let (shipped, mine) =
        records_without_and_with_entry("Giám đốc Sở Y tế rà soát các cơ sở.", "body-end\trà soát");
    let organization = |record: &Value| string(&array(record, "titles")[0], "organization");
    assert_eq!(organization(&shipped), "Sở Y tế rà soát");
    assert_eq!(organization(&mine), "Sở Y tế");
}

/// The phrases before an office a person acts in are lexicon entries (`capacity`):
/// "trong cương vị" is no entry of the shipped lexicon; a user's entry makes it one.
#[test]
fn a_capacity_from_a_user_lexicon_gives_the_office_to_the_person() {
    let (shipped, mine) = records_without_and_with_entry(
        "Ông Vi Văn Hùng phát biểu trong cương vị Phó Chủ tịch UBND tỉnh.",
        "capacity\ttrong cương vị",
    );
    assert_eq!(array(&shipped, "officials").len(), 0);
    assert_eq!(array(&mine, "officials").len(), 1);
}
