//! Table-driven test of the percentage and money extractors, through the public API only.
//!
//! Every case is (group id, sentence, expected). The expected string uses the notation of
//! the rule examples in `src/extract/mod.rs`: a percentage is `VALUE%` (`VALUEpp` for
//! percentage points), money is `AMOUNT CUR` or `AMOUNT CUR/PER`; items in order of their
//! start, joined by `|`; the empty string when the sentence holds nothing to find. What is
//! expected is what a careful reader annotates under GOLD.md, not what the code happens to do.

use serde_json::Value;
use vnextract::{Article, Pipeline};

const CASES: &[(&str, &str, &str)] = &[
    // ---- digits: "." thousands, "," decimals, English style, spaces as thousands ----
    (
        "digits",
        "Tổng thu ngân sách trên địa bàn huyện đạt 14.732 tỷ đồng.",
        "14732000000000 VND",
    ),
    (
        "digits",
        "Tốc độ tăng trưởng ngành dịch vụ tăng 15,9% so với năm 2021.",
        "15.9%",
    ),
    (
        "digits",
        "Doanh nghiệp đã nộp vào ngân sách 1.234.567,89 USD trong quý I.",
        "1234567.89 USD",
    ),
    (
        "digits",
        "Quỹ đầu tư mạo hiểm rót thêm 1.5 triệu USD vào công ty khởi nghiệp này.",
        "1500000 USD",
    ),
    (
        "digits",
        "Nhà máy có tổng vốn đầu tư 2.75 tỷ USD, dự kiến vận hành vào năm 2025.",
        "2750000000 USD",
    ),
    (
        "digits",
        "Mỗi vận động viên giành huy chương vàng được thưởng 1.500 USD.",
        "1500 USD",
    ),
    (
        "digits",
        "Một doanh nhân đã ủng hộ 100.000.000 đồng cho bà con vùng lũ.",
        "100000000 VND",
    ),
    (
        "digits",
        "Thu ngân sách nội địa năm nay ước đạt 14 732 tỷ đồng.",
        "14732000000000 VND",
    ),
    (
        "digits",
        "Giá trị gói thầu được công bố là 1 250 000 USD.",
        "1250000 USD",
    ),
    (
        "digits",
        "Lợi nhuận sau thuế của ngân hàng đạt 3,25 tỷ đồng.",
        "3250000000 VND",
    ),
    (
        "digits",
        "Tỷ lệ hộ nghèo của tỉnh giảm xuống còn 0,85%.",
        "0.85%",
    ),
    (
        "digits",
        "Khoản vay từ ngân hàng nước ngoài trị giá 1,250,000 USD.",
        "1250000 USD",
    ),
    (
        "digits",
        "Kim ngạch xuất khẩu thủy sản đạt 2.345,6 triệu USD.",
        "2345600000 USD",
    ),
    (
        "digits",
        "Năm 2022, toàn quận có 14.732 hộ kinh doanh cá thể.",
        "",
    ),
    (
        "digits",
        "Sân vận động mới có sức chứa 40.192 chỗ ngồi.",
        "",
    ),
    (
        "digits",
        "Tuyến đường dài 1,5 km được khánh thành sáng qua.",
        "",
    ),
    (
        "digits",
        "Dân số toàn tỉnh đến cuối năm đạt 1.234.567 người.",
        "",
    ),
    (
        "digits",
        "Sau phiên điều chỉnh, giá vàng tăng 1.5 triệu lên 68 triệu mỗi lượng.",
        "",
    ),
    (
        "digits",
        "Diện tích gieo trồng lúa vụ đông xuân đạt 14 732 ha.",
        "",
    ),
    (
        "digits",
        "Ngân hàng thế giới cam kết tài trợ 1,5 triệu USD cho dự án.",
        "1500000 USD",
    ),
    (
        "digits",
        "Tỷ lệ lạm phát của Mỹ đã giảm xuống 3.7% trong tháng 9.",
        "3.7%",
    ),
    (
        "digits",
        "Công ty thu về 1,234 tỷ đồng từ hoạt động tài chính.",
        "1234000000 VND",
    ),
    (
        "digits",
        "Ngành công nghiệp 4.0 thu hút 2.000 kỹ sư trẻ.",
        "",
    ),
    // ---- scale: nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ, triệu tỷ, tr, k, compound amounts ----
    (
        "scale",
        "Mỗi suất quà Tết trị giá 500 nghìn đồng.",
        "500000 VND",
    ),
    (
        "scale",
        "Phụ huynh phải đóng thêm 800 ngàn đồng tiền học thêm mỗi tháng.",
        "800000 VND",
    ),
    (
        "scale",
        "Hãng hàng không báo lỗ 120 triệu USD trong năm tài chính.",
        "120000000 USD",
    ),
    (
        "scale",
        "Tổng mức đầu tư của công trình là 5 tỉ đồng.",
        "5000000000 VND",
    ),
    (
        "scale",
        "Kế hoạch vốn đầu tư công của thành phố là 1,2 nghìn tỷ đồng.",
        "1200000000000 VND",
    ),
    (
        "scale",
        "Quy mô nền kinh tế ước đạt 9,5 triệu tỷ đồng.",
        "9500000000000000 VND",
    ),
    (
        "scale",
        "Mỗi phong bao lì xì của nhà trường có 50k đồng.",
        "50000 VND",
    ),
    (
        "scale",
        "Nhiều hộ gia đình được hỗ trợ 5tr đồng để sửa chữa nhà cửa.",
        "5000000 VND",
    ),
    (
        "scale",
        "Gia đình ông Tư đã nhận 2 tỷ 500 triệu đồng tiền bồi thường.",
        "2500000000 VND",
    ),
    (
        "scale",
        "Ngân sách thành phố chi 12 tỷ 650 triệu đồng cho dự án cải tạo kênh.",
        "12650000000 VND",
    ),
    (
        "scale",
        "Chi phí sửa chữa mái nhà hết 3 triệu 200 nghìn đồng.",
        "3200000 VND",
    ),
    (
        "scale",
        "Lô hàng điện tử nhập khẩu có trị giá 15 tỷ yên.",
        "15000000000 JPY",
    ),
    (
        "scale",
        "Thâm hụt ngân sách liên bang lên mức 1,5 nghìn tỷ USD.",
        "1500000000000 USD",
    ),
    (
        "scale",
        "Tài xế bị phạt 7,5 triệu đồng vì vi phạm nồng độ cồn.",
        "7500000 VND",
    ),
    ("scale", "Vé xem phim ngày thường chỉ 90k.", ""),
    ("scale", "Đoạn video đã đạt 120k lượt xem sau một ngày.", ""),
    (
        "scale",
        "Nhiều lao động phổ thông nhận mức lương 10tr mỗi tháng.",
        "",
    ),
    (
        "scale",
        "Nhà đầu tư cam kết rót 500 tỷ vào khu công nghiệp.",
        "",
    ),
    (
        "scale",
        "Khoản vay 2 tỷ 500 triệu đến nay vẫn chưa được hoàn trả.",
        "",
    ),
    (
        "scale",
        "Doanh nghiệp bán được 300 nghìn sản phẩm trong dịp Tết.",
        "",
    ),
    (
        "scale",
        "Cả nước có hơn 10 nghìn tỷ đồng vốn chưa giải ngân.",
        "10000000000000 VND",
    ),
    (
        "scale",
        "Tổng tài sản của tập đoàn đạt 2 ngàn tỷ đồng.",
        "2000000000000 VND",
    ),
    (
        "scale",
        "Mỗi cán bộ nhận 1,5tr đồng tiền trực Tết.",
        "1500000 VND",
    ),
    (
        "scale",
        "Sau khi bán đất, gia đình nhận 2 tỷ rưỡi đồng.",
        "2500000000 VND",
    ),
    (
        "scale",
        "Khoản chi bất hợp lý là 1 tỷ 200 triệu đồng.",
        "1200000000 VND",
    ),
    (
        "scale",
        "Dự án đã giải ngân 13,7 triệu tỷ đồng trong cả giai đoạn.",
        "13700000000000000 VND",
    ),
    // ---- words: numbers written in words; năm (year), một phần ba, không đồng đều ----
    (
        "words",
        "Doanh thu của hãng giảm mười lăm phần trăm so với cùng kỳ.",
        "15%",
    ),
    (
        "words",
        "Sản lượng điện thương phẩm tăng hai mươi mốt phần trăm.",
        "21%",
    ),
    (
        "words",
        "Lợi nhuận của hợp tác xã tăng ba mươi phần trăm.",
        "30%",
    ),
    (
        "words",
        "Ngân hàng Nhà nước giảm lãi suất điều hành nửa phần trăm.",
        "0.5%",
    ),
    (
        "words",
        "Dự án được cấp một trăm linh năm triệu đồng từ ngân sách tỉnh.",
        "105000000 VND",
    ),
    (
        "words",
        "Bị can đã nhận ba tỷ rưỡi đồng từ các nhà thầu.",
        "3500000000 VND",
    ),
    (
        "words",
        "Tổ chức phi chính phủ tài trợ nửa triệu USD cho chương trình.",
        "500000 USD",
    ),
    (
        "words",
        "Bị cáo chiếm đoạt hai tỷ đồng của người bị hại.",
        "2000000000 VND",
    ),
    (
        "words",
        "Gia đình anh phải vay năm tỷ đồng để mở xưởng may.",
        "5000000000 VND",
    ),
    (
        "words",
        "Giá trị thiệt hại ban đầu khoảng hai trăm triệu đồng.",
        "200000000 VND",
    ),
    (
        "words",
        "Mỗi hộ bị ảnh hưởng được hỗ trợ một triệu rưỡi đồng.",
        "1500000 VND",
    ),
    (
        "words",
        "Trong năm 2022 tỉnh thu ngân sách 300 tỷ đồng.",
        "300000000000 VND",
    ),
    ("words", "Năm nay, lạm phát được kiểm soát dưới 4%.", "4%"),
    ("words", "Năm 2022, doanh thu của công ty giảm mạnh.", ""),
    (
        "words",
        "Một phần ba số hộ dân chưa nhận được tiền hỗ trợ.",
        "",
    ),
    (
        "words",
        "Chất lượng dịch vụ y tế không đồng đều giữa các địa phương.",
        "",
    ),
    (
        "words",
        "Hai đồng chí lãnh đạo tỉnh đã đến thăm hỏi gia đình nạn nhân.",
        "",
    ),
    (
        "words",
        "Ba người bị thương trong vụ tai nạn trên quốc lộ 1A.",
        "",
    ),
    (
        "words",
        "Hàng trăm hộ dân bị ảnh hưởng bởi cơn bão số 9.",
        "",
    ),
    ("words", "Năm triệu lượt khách đã đến tham quan phố cổ.", ""),
    (
        "words",
        "Cửa hàng giảm giá ba mươi lăm nghìn đồng cho mỗi sản phẩm.",
        "35000 VND",
    ),
    (
        "words",
        "Tỷ lệ bỏ phiếu tán thành đạt một trăm phần trăm.",
        "100%",
    ),
    (
        "words",
        "Lượng khách quốc tế tăng hai mươi tư phần trăm.",
        "24%",
    ),
    ("words", "Giá xăng tăng năm phần trăm kể từ đầu năm.", "5%"),
    (
        "words",
        "Mỗi suất học bổng trị giá năm trăm nghìn đồng.",
        "500000 VND",
    ),
    (
        "words",
        "Công ty phải bồi thường gần hai tỷ đồng cho khách hàng.",
        "2000000000 VND",
    ),
    ("words", "Một phần năm diện tích rừng đã bị tàn phá.", ""),
    (
        "words",
        "Lợi nhuận chỉ tăng vài phần trăm so với năm trước.",
        "",
    ),
    (
        "words",
        "Doanh thu mảng này đã tăng hàng chục phần trăm.",
        "",
    ),
    ("words", "Ba phần tư số hộ dân đã được cấp nước sạch.", ""),
    (
        "words",
        "Tỉnh chi mười hai tỷ đồng để xây mới các trường học vùng cao.",
        "12000000000 VND",
    ),
    (
        "words",
        "Mười phần trăm số hộ ở xã vùng cao chưa có điện lưới.",
        "10%",
    ),
    (
        "words",
        "Tổng mức đầu tư được phê duyệt là hai nghìn năm trăm tỷ đồng.",
        "2500000000000 VND",
    ),
    // ---- qualifier: khoảng, gần, hơn, trên, dưới, xấp xỉ, tới, ít nhất, tối đa: the value stays plain ----
    (
        "qualifier",
        "Tổng vốn đầu tư dự án khoảng 2.000 tỷ đồng.",
        "2000000000000 VND",
    ),
    ("qualifier", "Tỷ lệ tiêm chủng mũi ba đạt gần 95%.", "95%"),
    (
        "qualifier",
        "Kim ngạch xuất khẩu rau quả đạt hơn 3,5 tỷ USD.",
        "3500000000 USD",
    ),
    (
        "qualifier",
        "Khảo sát cho thấy có trên 60% doanh nghiệp kinh doanh có lãi.",
        "60%",
    ),
    (
        "qualifier",
        "Giá thuê phòng trọ quanh khu công nghiệp dưới 2 triệu đồng/tháng.",
        "2000000 VND/tháng",
    ),
    (
        "qualifier",
        "Thị phần của doanh nghiệp này xấp xỉ 30%.",
        "30%",
    ),
    (
        "qualifier",
        "Thiệt hại do lũ quét ước tính lên tới 500 tỷ đồng.",
        "500000000000 VND",
    ),
    (
        "qualifier",
        "Mỗi doanh nghiệp phải ký quỹ ít nhất 20 triệu đồng.",
        "20000000 VND",
    ),
    (
        "qualifier",
        "Hành vi này bị phạt tối đa 75 triệu đồng.",
        "75000000 VND",
    ),
    (
        "qualifier",
        "Tỷ lệ giải ngân vốn đầu tư công mới đạt khoảng 40 phần trăm.",
        "40%",
    ),
    (
        "qualifier",
        "Lãi suất cho vay được giảm tối thiểu 1,5%.",
        "1.5%",
    ),
    (
        "qualifier",
        "Mỗi lao động được hỗ trợ tối đa 3,71 triệu đồng.",
        "3710000 VND",
    ),
    (
        "qualifier",
        "Khoảng 200 người đã tham gia buổi đối thoại.",
        "",
    ),
    (
        "qualifier",
        "Hơn 1.000 hộ dân được di dời khỏi vùng sạt lở.",
        "",
    ),
    ("qualifier", "Ứng dụng đã có gần 3 triệu lượt tải về.", ""),
    (
        "qualifier",
        "Trên 50 doanh nghiệp tham gia hội chợ năm nay.",
        "",
    ),
    (
        "qualifier",
        "Thành phố có xấp xỉ 2 triệu người trong độ tuổi lao động.",
        "",
    ),
    (
        "qualifier",
        "Ít nhất 12 người thiệt mạng trong trận động đất.",
        "",
    ),
    (
        "qualifier",
        "Dưới 18 tuổi không được phép điều khiển xe máy.",
        "",
    ),
    (
        "qualifier",
        "Lạm phát năm nay được dự báo ở mức trên dưới 4%.",
        "4%",
    ),
    (
        "qualifier",
        "Tổng vốn đăng ký ước 1,2 triệu USD.",
        "1200000 USD",
    ),
    (
        "qualifier",
        "Thị trường bán lẻ tăng trưởng chừng 8% mỗi năm.",
        "8%",
    ),
    // ---- range: two entries per range, the low bound borrowing the scale ----
    ("range", "Giá cước vận chuyển tăng 10-15%.", "10%|15%"),
    (
        "range",
        "Vé vào cửa có giá 80.000đ-120.000đ tùy khu vực.",
        "80000 VND|120000 VND",
    ),
    (
        "range",
        "Ngân hàng niêm yết USD ở mức 23.140 VND-23.210 VND (mua vào - bán ra).",
        "23140 VND|23210 VND",
    ),
    // Two currencies glued on are no range.
    ("range", "Đổi 500.000đ-20USD tại quầy.", ""),
    // Not a currency glued to a number: a code.
    ("range", "Xe tải Ural 375 Đ-375 được cải tiến.", ""),
    (
        "range",
        "Tăng trưởng tín dụng năm nay dự kiến khoảng 8,5 - 9%.",
        "8.5%|9%",
    ),
    (
        "range",
        "Mỗi doanh nghiệp cần từ 2 đến 3 tỷ đồng để chuyển đổi số.",
        "2000000000 VND|3000000000 VND",
    ),
    (
        "range",
        "Lợi nhuận của các ngân hàng tăng từ 30%-38%.",
        "30%|38%",
    ),
    (
        "range",
        "Dự án cần huy động thêm 5-6 tỷ USD.",
        "5000000000 USD|6000000000 USD",
    ),
    (
        "range",
        "Giá cua biển loại một dao động 500.000 - 600.000 đồng/kg.",
        "500000 VND/kg|600000 VND/kg",
    ),
    (
        "range",
        "Lãi suất tiết kiệm tăng từ 5 đến 7 phần trăm.",
        "5%|7%",
    ),
    (
        "range",
        "Hành vi này bị phạt tiền từ 10 đến 20 triệu đồng.",
        "10000000 VND|20000000 VND",
    ),
    (
        "range",
        "Giá vé dao động từ 700.000 đồng đến 1 triệu đồng.",
        "700000 VND|1000000 VND",
    ),
    (
        "range",
        "Tăng trưởng GDP năm nay được dự báo đạt 6-6,5%.",
        "6%|6.5%",
    ),
    (
        "range",
        "Lãi suất huy động kỳ hạn 12 tháng tăng 0,3–0,5%.",
        "0.3%|0.5%",
    ),
    (
        "range",
        "Các quỹ ngoại dự kiến rót 1,5 - 2 triệu USD vào dự án.",
        "1500000 USD|2000000 USD",
    ),
    (
        "range",
        "Tỷ lệ đồng ý dao động từ 20 đến hơn 70%.",
        "20%|70%",
    ),
    (
        "range",
        "Giai đoạn 2021-2025, tỉnh phấn đấu xây dựng 50 trường học mới.",
        "",
    ),
    (
        "range",
        "Trận đấu kết thúc với tỷ số 2-1 nghiêng về đội khách.",
        "",
    ),
    ("range", "Mỗi phòng ký túc xá có từ 2 đến 3 sinh viên.", ""),
    ("range", "Lễ hội diễn ra từ 19 đến 22 giờ mỗi tối.", ""),
    (
        "range",
        "Mỗi ngày có 500 - 600 lượt khách đến tham quan.",
        "",
    ),
    ("range", "Giá cà phê dao động 45.000-48.000 mỗi ký.", ""),
    ("range", "Giá cước vận tải biển tăng 5 tới 7%.", "5%|7%"),
    (
        "range",
        "Mỗi dự án cần 5 đến 7 tỷ đồng vốn đối ứng.",
        "5000000000 VND|7000000000 VND",
    ),
    (
        "range",
        "Chi phí cho mỗi ca ghép thận khoảng từ 2 tỷ đến 3 tỷ đồng.",
        "2000000000 VND|3000000000 VND",
    ),
    (
        "range",
        "Người lao động có thu nhập 8-10 triệu đồng/tháng.",
        "8000000 VND/tháng|10000000 VND/tháng",
    ),
    (
        "range",
        "Nhà đầu tư có thể phải bỏ ra hai đến ba tỷ đồng.",
        "2000000000 VND|3000000000 VND",
    ),
    (
        "range",
        "Lãi suất cho vay dao động từ 10% đến 12%.",
        "10%|12%",
    ),
    ("range", "Tỷ lệ lấp đầy đạt 5% - 7% trong quý đầu.", "5%|7%"),
    (
        "range",
        "Lãi suất tiền gửi giảm từ 6% xuống 5,5%.",
        "6%|5.5%",
    ),
    ("range", "Dự án kéo dài từ 2 đến 3 năm tùy điều kiện.", ""),
    // ---- percent: %, " %", phần trăm, điểm phần trăm / điểm % (points); index points are not ----
    ("percent", "Tỷ lệ hộ nghèo đa chiều giảm còn 1,2%.", "1.2%"),
    (
        "percent",
        "Tỷ lệ học sinh tốt nghiệp THPT đạt 96,50 %.",
        "96.5%",
    ),
    (
        "percent",
        "Lao động nữ chiếm 12 phần trăm tổng số lao động của ngành.",
        "12%",
    ),
    (
        "percent",
        "Tỷ lệ nợ xấu cao hơn 2,1 điểm phần trăm so với cùng kỳ.",
        "2.1pp",
    ),
    (
        "percent",
        "Tỷ lệ thất nghiệp ở khu vực thành thị giảm 0,3 điểm %.",
        "0.3pp",
    ),
    (
        "percent",
        "Tỷ trọng công nghiệp tăng 1,5 điểm phần trăm, lên 38,2%.",
        "1.5pp|38.2%",
    ),
    (
        "percent",
        "Cổ phiếu của ngân hàng tăng trần 7% trong phiên sáng.",
        "7%",
    ),
    (
        "percent",
        "Đến nay, 100% số xã của huyện đạt chuẩn nông thôn mới.",
        "100%",
    ),
    (
        "percent",
        "Lãi suất tiết kiệm kỳ hạn 12 tháng ở mức 5,6%/năm.",
        "5.6%",
    ),
    ("percent", "Thu ngân sách cả năm đạt 131% dự toán.", "131%"),
    ("percent", "Tỷ lệ cử tri đi bầu đạt 99,99%.", "99.99%"),
    ("percent", "Tỷ lệ lạm phát giảm 2 điểm phần trăm.", "2pp"),
    (
        "percent",
        "Chỉ số HNX-Index giảm 2,35 điểm, tương đương 0,98%.",
        "0.98%",
    ),
    ("percent", "VN-Index tăng 12,5 điểm, lên 1.250,3 điểm.", ""),
    ("percent", "Chỉ số VN-Index đóng cửa ở mức 1.050 điểm.", ""),
    ("percent", "Thí sinh này đạt 27,5 điểm cho ba môn thi.", ""),
    (
        "percent",
        "Đội tuyển giành trọn 3 điểm ngay trên sân nhà.",
        "",
    ),
    (
        "percent",
        "Kết quả khảo sát cho thấy 7 trên 10 người dân hài lòng.",
        "",
    ),
    (
        "percent",
        "Chỉ số giá tiêu dùng tháng 5 tăng 0,3 so với tháng trước.",
        "",
    ),
    (
        "percent",
        "Chỉ một phần trăm số mẫu kiểm tra không đạt chuẩn.",
        "1%",
    ),
    (
        "percent",
        "Lợi nhuận của doanh nghiệp tăng hơn 1.000% so với cùng kỳ.",
        "1000%",
    ),
    (
        "percent",
        "Thông tư quy định lãi suất tối đa 20%/năm.",
        "20%",
    ),
    (
        "percent",
        "Ngày 10/10, ngân hàng giảm lãi suất thêm 0,5%.",
        "0.5%",
    ),
    (
        "percent",
        "Tỷ lệ phần trăm học sinh khá giỏi tăng dần qua các năm.",
        "",
    ),
    (
        "percent",
        "Hai đội hòa nhau với tỷ lệ kiểm soát bóng 50/50.",
        "",
    ),
    // ---- currency: VND, USD, EUR, JPY, CNY, KRW, GBP, THB ----
    (
        "currency",
        "Giá vé vào cửa khu di tích là 150.000 đồng.",
        "150000 VND",
    ),
    (
        "currency",
        "Mỗi phần quà trị giá 200.000 đ được trao tận tay học sinh.",
        "200000 VND",
    ),
    (
        "currency",
        "Mức hỗ trợ một lần là 3.000.000 VNĐ cho mỗi lao động.",
        "3000000 VND",
    ),
    (
        "currency",
        "Công ty phải nộp phạt 45 triệu VND vì vi phạm về môi trường.",
        "45000000 VND",
    ),
    (
        "currency",
        "Ổ bánh mì ở phố cổ có giá 25.000đ.",
        "25000 VND",
    ),
    (
        "currency",
        "Vốn FDI giải ngân trong quý đạt 2,5 tỷ USD.",
        "2500000000 USD",
    ),
    (
        "currency",
        "Tập đoàn cam kết đầu tư 300 triệu US$ vào nhà máy mới.",
        "300000000 USD",
    ),
    ("currency", "Giá dầu Brent ở mức $85 một thùng.", "85 USD"),
    (
        "currency",
        "Tập đoàn huy động thành công US$ 1,5 tỷ từ trái phiếu quốc tế.",
        "1500000000 USD",
    ),
    (
        "currency",
        "Chiếc đồng hồ cổ được bán đấu giá 20.000 đô la.",
        "20000 USD",
    ),
    (
        "currency",
        "Chính phủ Úc viện trợ 5 triệu đô la Mỹ cho chương trình.",
        "5000000 USD",
    ),
    (
        "currency",
        "Hiệp hội nhận được 2 triệu euro tài trợ từ châu Âu.",
        "2000000 EUR",
    ),
    (
        "currency",
        "Ngân hàng Đầu tư châu Âu cho vay 150 triệu EUR.",
        "150000000 EUR",
    ),
    ("currency", "Vé vào cửa bảo tàng hiện là €20.", "20 EUR"),
    (
        "currency",
        "Dự án ODA của Nhật Bản có trị giá 30 tỷ yên.",
        "30000000000 JPY",
    ),
    (
        "currency",
        "Nhà đầu tư Trung Quốc rót 10 tỷ nhân dân tệ vào cảng biển.",
        "10000000000 CNY",
    ),
    (
        "currency",
        "Lực lượng chức năng thu giữ 500.000 NDT tiền mặt.",
        "500000 CNY",
    ),
    (
        "currency",
        "Lương tối thiểu tại Hàn Quốc là 9.620 won mỗi giờ.",
        "9620 KRW",
    ),
    (
        "currency",
        "Câu lạc bộ chi 80 triệu bảng Anh để chiêu mộ tiền đạo.",
        "80000000 GBP",
    ),
    (
        "currency",
        "Giá phòng khách sạn ở Bangkok khoảng 1.500 baht mỗi đêm.",
        "1500 THB",
    ),
    (
        "currency",
        "Khu vực đồng euro hiện có 20 quốc gia thành viên.",
        "",
    ),
    ("currency", "Đội tuyển Anh đứng đầu bảng A với 9 điểm.", ""),
    (
        "currency",
        "Chiếc xe tải chở 5 tấn hàng hóa bị lật trên đèo.",
        "",
    ),
    (
        "currency",
        "Đồng Nai có 32 khu công nghiệp đang hoạt động.",
        "",
    ),
    (
        "currency",
        "Đại lý đổi 1 USD được 24.000 đồng.",
        "1 USD|24000 VND",
    ),
    (
        "currency",
        "Vốn đầu tư 3,5 tỷ USD (khoảng 80.000 tỷ đồng) đã được giải ngân.",
        "3500000000 USD|80000000000000 VND",
    ),
    (
        "currency",
        "Cầu thủ này được định giá $1,5 triệu.",
        "1500000 USD",
    ),
    (
        "currency",
        "Tập đoàn bán mảng bán lẻ với giá US$1,5 tỷ.",
        "1500000000 USD",
    ),
    (
        "currency",
        "Đội tuyển Anh chuẩn bị cho vòng chung kết Euro 2024.",
        "",
    ),
    (
        "currency",
        "Chelsea chi 100 triệu bảng để chiêu mộ tiền vệ người Argentina.",
        "100000000 GBP",
    ),
    (
        "currency",
        "Nhà trường được trang bị 30 bảng tương tác thông minh.",
        "",
    ),
    (
        "currency",
        "Tiền đạo này vừa ký hợp đồng trị giá 5 triệu đô.",
        "5000000 USD",
    ),
    // "tệ" (nhân dân tệ, the yuan) after a scale word; "tệ nạn" is a social ill.
    (
        "currency",
        "Biển số xe được bán đấu giá 2,5 triệu tệ.",
        "2500000 CNY",
    ),
    ("currency", "Thành phố dẹp bỏ 1.200 tệ nạn trong năm.", ""),
    // "bảng" and "đô" after digits grouped in thousands: amounts, not tables or groups.
    (
        "currency",
        "Tiền vệ này đòi mức lương 275.000 bảng/tuần để gia hạn.",
        "275000 GBP/tuần",
    ),
    (
        "currency",
        "Nam ca sĩ bị lừa mất 12.000 đô (hơn 270 triệu đồng).",
        "12000 USD|270000000 VND",
    ),
    (
        "currency",
        "Ba mươi hai đội được chia vào 8 bảng, mỗi bảng 4 đội.",
        "",
    ),
    (
        "currency",
        "Lịch thi đấu Cúp Hoa Sen 2019 Bảng A: Đội Một gặp Đội Hai.",
        "",
    ),
    (
        "currency",
        "Thành phố thay mới 1.200 bảng hiệu trên các tuyến phố chính.",
        "",
    ),
    (
        "currency",
        "Xe bản cao nhất có giá 845.000.000 BẢNG GIÁ XE MỚI NHẤT.",
        "",
    ),
    (
        "currency",
        "Mức lương của chị khoảng 25.000 đô Hong Kong một tháng.",
        "25000 HKD",
    ),
    (
        "currency",
        "Các thương vụ tỷ đô liên tục được công bố trong quý.",
        "",
    ),
    (
        "currency",
        "Du khách trả 50$ một đêm cho phòng đơn.",
        "50 USD",
    ),
    // ---- list: items joined by "," and "và"/"hoặc", the unit after the last ----
    (
        "list",
        "Hai phiên bản có giá lần lượt là 36 và 41,5 triệu đồng.",
        "36000000 VND|41500000 VND",
    ),
    (
        "list",
        "Vé có ba mệnh giá 20.000, 40.000 và 60.000 đồng.",
        "20000 VND|40000 VND|60000 VND",
    ),
    (
        "list",
        "Xuất khẩu thủy sản và rau quả tăng lần lượt 8,4 và 12,7%.",
        "8.4%|12.7%",
    ),
    (
        "list",
        "Giá bán 2,4 và 3,1 tỷ đồng/căn.",
        "2400000000 VND/căn|3100000000 VND/căn",
    ),
    // A date, an ordinal or a count with its noun is no item.
    (
        "list",
        "Lãi 90 tỷ đồng trong năm 2016 và 120 tỷ đồng năm nay.",
        "90000000000 VND|120000000000 VND",
    ),
    ("list", "Trong quý 3 và 5% còn lại của năm.", "5%"),
    ("list", "Hai lớp 10 và 11 đóng 2 triệu đồng.", "2000000 VND"),
    (
        "list",
        "Công ty có 3 xe và 500 triệu đồng tiền mặt.",
        "500000000 VND",
    ),
    // An item with a unit of its own is a mention of its own.
    ("list", "Tăng 5% và 7 triệu đồng.", "5%|7000000 VND"),
    ("list", "Đường MA 5 và 20, đồng thời chỉ báo ADX tăng.", ""),
    // A model's name before a price is no item ("City 1.5", "Mini 9").
    (
        "list",
        "Giá 530 triệu đồng cho bản Sedan 1.5 và 590 triệu đồng cho bản cao cấp.",
        "530000000 VND|590000000 VND",
    ),
    (
        "list",
        "Máy ảnh Nova 8 và 4.990.000 đồng cho bản màu đen.",
        "4990000 VND",
    ),
    // ---- per: a price per unit ----
    (
        "per",
        "Giá thịt lợn hơi tại chợ đầu mối là 50.000 đồng/kg.",
        "50000 VND/kg",
    ),
    (
        "per",
        "Cổ phiếu của doanh nghiệp chốt phiên ở 10.500 đồng/cp.",
        "10500 VND/cp",
    ),
    ("per", "Giá gạo xuất khẩu đạt 640 USD/tấn.", "640 USD/tấn"),
    // The currency and its unit of price glued into one token, as exchange rates are written.
    (
        "per",
        "Tỷ giá trung tâm được công bố ở mức 23.104 VND/USD.",
        "23104 VND/USD",
    ),
    (
        "per",
        "Ngân hàng niêm yết ở mức 23.150-23.220 VND/USD (mua vào - bán ra).",
        "23150 VND/USD|23220 VND/USD",
    ),
    ("per", "Chỉ số VND/USD2 tăng nhẹ trong phiên.", ""),
    // Its unit of price not all in the token: the currency alone.
    (
        "per",
        "Anh có thu nhập hơn 6 tỷ VNĐ/1 năm.",
        "6000000000 VND",
    ),
    (
        "per",
        "Xăng E5 được bán với giá 23.500 đồng/lít.",
        "23500 VND/lít",
    ),
    (
        "per",
        "Phí gửi xe máy tại bệnh viện là 5.000 đồng/lượt.",
        "5000 VND/lượt",
    ),
    (
        "per",
        "Mỗi người cao tuổi được hỗ trợ 200.000 đồng/người/tháng.",
        "200000 VND/người/tháng",
    ),
    (
        "per",
        "Giá thuê văn phòng hạng A khoảng 30 USD/m2/tháng.",
        "30 USD/m2/tháng",
    ),
    (
        "per",
        "Giá bán lẻ điện bình quân là 1.920,37 đồng/kWh.",
        "1920.37 VND/kWh",
    ),
    (
        "per",
        "Giá vàng miếng được niêm yết ở mức 68,5 triệu đồng/lượng.",
        "68500000 VND/lượng",
    ),
    (
        "per",
        "Cà phê Robusta được giao dịch quanh mức 2.300 USD/tấn.",
        "2300 USD/tấn",
    ),
    ("per", "Tốc độ tối đa trên tuyến cao tốc là 120 km/h.", ""),
    ("per", "Năng suất lúa vụ này đạt 62 tạ/ha.", ""),
    ("per", "Mật độ dân số của quận là 2.400 người/km2.", ""),
    ("per", "Công nhân được trả lương 5 triệu/tháng.", ""),
    ("per", "Thương lái thu mua sầu riêng với giá 45.000/kg.", ""),
    (
        "per",
        "Cổ phiếu được chào bán với giá 25.000 đồng/cổ phiếu.",
        "25000 VND/cổ phiếu",
    ),
    (
        "per",
        "Giá gạo ST25 bán lẻ ở mức 30.000đ/kg.",
        "30000 VND/kg",
    ),
    (
        "per",
        "Mức lương tối thiểu vùng I là 4,68 triệu đồng/tháng.",
        "4680000 VND/tháng",
    ),
    ("per", "Giá dầu thô tăng lên 90 USD/thùng.", "90 USD/thùng"),
    (
        "per",
        "Cổ phiếu của ngân hàng đóng cửa ở mức 68.500 đồng / cp.",
        "68500 VND/cp",
    ),
    (
        "per",
        "Tỷ giá trung tâm được niêm yết ở mức 23.650 đồng/USD.",
        "23650 VND/USD",
    ),
    // ---- trap: years, dates, phones, plates, codes, counts, bare amounts, vague sizes, đồng + word ----
    (
        "trap",
        "Năm 2022, thành phố đón hơn 5 triệu lượt khách quốc tế.",
        "",
    ),
    (
        "trap",
        "Nghị định có hiệu lực thi hành từ ngày 4.1.2017.",
        "",
    ),
    (
        "trap",
        "Lễ khai mạc diễn ra tối 12/7 tại sân vận động tỉnh.",
        "",
    ),
    (
        "trap",
        "Vụ việc xảy ra ngày 12/7/2021 tại huyện Gia Lâm.",
        "",
    ),
    (
        "trap",
        "Người dân có thể gọi đường dây nóng 0912 345 678 để phản ánh.",
        "",
    ),
    (
        "trap",
        "Mọi thông tin xin liên hệ số điện thoại 024.3825.1147.",
        "",
    ),
    ("trap", "Xe ô tô mang biển số 51F-123.45 đã bị tạm giữ.", ""),
    (
        "trap",
        "Chiếc xe khách biển kiểm soát 14A-130 gây tai nạn liên hoàn.",
        "",
    ),
    (
        "trap",
        "Theo Quyết định số 15/2021/QĐ-UBND của UBND tỉnh, dự án được phê duyệt.",
        "",
    ),
    (
        "trap",
        "Dự án mở rộng quốc lộ ảnh hưởng đến 1.250 hộ dân.",
        "",
    ),
    ("trap", "Ngân hàng dành 500 tỷ cho gói tín dụng ưu đãi.", ""),
    ("trap", "Hàng nghìn tỷ đồng vốn nhà nước bị thất thoát.", ""),
    (
        "trap",
        "Nhiều gia đình phải chi vài tỷ đồng để chữa bệnh cho con.",
        "",
    ),
    ("trap", "Căn hộ tiền tỷ vẫn hút khách ở các đô thị lớn.", ""),
    (
        "trap",
        "Các tập đoàn công nghệ đổ hàng trăm triệu USD vào thị trường.",
        "",
    ),
    (
        "trap",
        "Nhà máy được đầu tư hàng chục tỷ đồng nhưng bỏ hoang nhiều năm.",
        "",
    ),
    (
        "trap",
        "Tại buổi lễ, 3 đồng chí được trao Huy hiệu 30 năm tuổi Đảng.",
        "",
    ),
    (
        "trap",
        "Chương trình triển khai ở 2 đồng bằng lớn của cả nước.",
        "",
    ),
    (
        "trap",
        "Cảnh sát thu giữ 20 đồng hồ giả mạo thương hiệu nổi tiếng.",
        "",
    ),
    (
        "trap",
        "Tổng thu ngân sách đạt 14.732 tỷ đồng bằng 131% dự toán.",
        "14732000000000 VND|131%",
    ),
    (
        "trap",
        "Năm 2021, tỉnh thu 1.200 tỷ đồng, tăng 8% so với năm 2020.",
        "1200000000000 VND|8%",
    ),
    (
        "trap",
        "Nghị định 100/2019/NĐ-CP quy định mức phạt từ 6 đến 8 triệu đồng.",
        "6000000 VND|8000000 VND",
    ),
    (
        "trap",
        "Dự án 500 tỷ đồng tại Đồng Nai vẫn nằm trên giấy.",
        "500000000000 VND",
    ),
    ("trap", "Cuộc họp bắt đầu lúc 8:30 sáng thứ Hai.", ""),
    (
        "trap",
        "Bệnh nhân Covid-19 thứ 1.500 đã được xuất viện.",
        "",
    ),
    (
        "trap",
        "Hội đồng gồm 15 thành viên, nhiệm kỳ 2021-2026.",
        "",
    ),
    (
        "trap",
        "Bị cáo cùng 4 đồng phạm đã chiếm đoạt tài sản của nhiều người.",
        "",
    ),
    ("trap", "Hội nghị do 2 đồng chủ tịch điều hành.", ""),
    ("trap", "Khách sạn tọa lạc tại số 5 Đồng Khởi, quận 1.", ""),
    (
        "trap",
        "Năm 2022 tỷ lệ hộ nghèo của huyện giảm 1,5%.",
        "1.5%",
    ),
    (
        "trap",
        "Thông tư 06/2023/TT-NHNN có hiệu lực từ ngày 1/9.",
        "",
    ),
    (
        "trap",
        "Người dân có thể gọi tổng đài 1900 1234 để được hỗ trợ.",
        "",
    ),
    ("trap", "Dịp lễ 2-9, giá vé máy bay tăng 20%.", "20%"),
    (
        "trap",
        "Cơ quan điều tra đã triệu tập 3 đồng phạm khác.",
        "",
    ),
    (
        "trap",
        "Công trình nghiên cứu có 2 đồng tác giả là nhà khoa học người Việt.",
        "",
    ),
    (
        "trap",
        "Năm 2023, 3 đồng chí được tặng Bằng khen của Thủ tướng.",
        "",
    ),
    // ---- signs: "-" or "−" glued to the number, "âm"; not a range's dash or a clause's ----
    (
        "sign",
        "Lãi suất tiền gửi qua đêm được giữ ở mức -0,1% thêm một quý.",
        "-0.1%",
    ),
    (
        "sign",
        "Chỉ số chứng khoán giảm 3,2 điểm (−0,45%) trong phiên chiều.",
        "-0.45%",
    ),
    (
        "sign",
        "Tăng trưởng công nghiệp của tỉnh đạt âm 2,3% trong quý I.",
        "-2.3%",
    ),
    (
        "sign",
        "Công ty báo lỗ ròng -3,5 tỷ đồng sau kiểm toán.",
        "-3500000000 VND",
    ),
    (
        "sign",
        "Vốn chủ sở hữu của doanh nghiệp đã âm 120 tỷ đồng.",
        "-120000000000 VND",
    ),
    ("sign", "-7% là mức giảm của giá thép trong tháng.", "-7%"),
    (
        "sign",
        "Giá vé tàu dịp lễ tăng 10 -15% so với ngày thường.",
        "10%|15%",
    ),
    ("sign", "Mùa màng bội thu - 5% số hộ đã thoát nghèo.", "5%"),
    (
        "sign",
        "Bảng xếp hạng: Nhật Bản —4,2% và Hàn Quốc —3,1%.",
        "4.2%|3.1%",
    ),
    ("sign", "Biên độ dao động của giá là -5-7% mỗi phiên.", ""),
    // ---- scientific notation: not read as digits ----
    (
        "exponent",
        "Một khoản vay 1E+9 đồng đã được giải ngân trong tuần.",
        "",
    ),
    (
        "exponent",
        "Kinh phí dự kiến 2e6 USD cho giai đoạn đầu.",
        "",
    ),
    (
        "exponent",
        "Sai số đo được là 5E-3 đồng trên mỗi đơn vị.",
        "",
    ),
    (
        "exponent",
        "Một khoản vay 1.000.000.000 đồng đã được giải ngân trong tuần.",
        "1000000000 VND",
    ),
];

/// The record of `text` as JSON.
fn record(text: &str) -> Value {
    let line = Pipeline::default().process_to_json(&Article::new("t", text));
    serde_json::from_slice(&line).expect("the record is JSON")
}

/// The code points `start..end` of `text`.
fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

fn field<'v>(item: &'v Value, name: &str) -> &'v Value {
    item.get(name).unwrap_or(&Value::Null)
}

fn offset(item: &Value, name: &str) -> usize {
    field(item, name)
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(usize::MAX)
}

/// The percentages and money of a record in the notation of the rule examples, and the
/// items whose `text` is not the input's code points `start..end`.
fn describe(text: &str, record: &Value) -> (String, Vec<String>) {
    let mut items: Vec<(usize, String)> = Vec::new();
    let mut bad_spans = Vec::new();
    let empty = Vec::new();
    let array = |name: &str| field(record, name).as_array().unwrap_or(&empty).clone();
    let mut check_span = |item: &Value| {
        let (start, end) = (offset(item, "start"), offset(item, "end"));
        let surface = char_slice(text, start, end);
        if field(item, "text").as_str() != Some(surface.as_str()) {
            bad_spans.push(format!(
                "text {} but [{start}..{end}] is {surface:?}",
                field(item, "text")
            ));
        }
        start
    };
    for p in array("percentages") {
        let start = check_span(&p);
        let unit = if field(&p, "points").as_bool() == Some(true) {
            "pp"
        } else {
            "%"
        };
        items.push((start, format!("{}{unit}", field(&p, "value"))));
    }
    for m in array("money") {
        let start = check_span(&m);
        let per = field(&m, "per")
            .as_str()
            .map_or(String::new(), |p| format!("/{p}"));
        let currency = field(&m, "currency").as_str().unwrap_or("?");
        items.push((start, format!("{} {currency}{per}", field(&m, "amount"))));
    }
    items.sort_by_key(|(start, _)| *start);
    let rendered = items
        .into_iter()
        .map(|(_, s)| s)
        .collect::<Vec<_>>()
        .join("|");
    (rendered, bad_spans)
}

#[test]
fn every_case() {
    let mut failures = Vec::new();
    for (id, text, expected) in CASES {
        let record = record(text);
        if record.get("error").is_some() {
            failures.push(format!("[{id}] {text:?}: error record {record}"));
            continue;
        }
        let (actual, bad_spans) = describe(text, &record);
        if actual != *expected {
            failures.push(format!(
                "[{id}] {text:?}\n    expected {expected:?}\n    actual   {actual:?}"
            ));
        }
        for bad in bad_spans {
            failures.push(format!("[{id}] {text:?}: {bad}"));
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

/// The items of a record, percentages then money.
fn items(text: &str) -> Vec<Value> {
    let record = record(text);
    ["percentages", "money"]
        .iter()
        .flat_map(|name| field(&record, name).as_array().cloned().unwrap_or_default())
        .collect()
}

#[test]
fn qualifiers_are_written_apart_from_the_value() {
    let mut failures = Vec::new();
    for (text, value, qualifier) in [
        (
            "Tổng vốn đầu tư dự án khoảng 2.000 tỷ đồng.",
            "2000000000000",
            Some("khoảng"),
        ),
        ("Tỷ lệ tiêm chủng mũi ba đạt gần 95%.", "95", Some("gần")),
        (
            "Kim ngạch xuất khẩu rau quả đạt hơn 3,5 tỷ USD.",
            "3500000000",
            Some("hơn"),
        ),
        (
            "Thị phần của doanh nghiệp này xấp xỉ 30%.",
            "30",
            Some("xấp xỉ"),
        ),
        (
            "Thiệt hại do lũ quét ước tính lên tới 500 tỷ đồng.",
            "500000000000",
            Some("tới"),
        ),
        (
            "Mỗi doanh nghiệp phải ký quỹ ít nhất 20 triệu đồng.",
            "20000000",
            Some("ít nhất"),
        ),
        (
            "Hành vi này bị phạt tối đa 75 triệu đồng.",
            "75000000",
            Some("tối đa"),
        ),
        (
            "Năm nay, lạm phát được kiểm soát dưới 4%.",
            "4",
            Some("dưới"),
        ),
        (
            "Khảo sát cho thấy có trên 60% doanh nghiệp kinh doanh có lãi.",
            "60",
            Some("trên"),
        ),
        (
            "Giá vé vào cửa khu di tích là 150.000 đồng.",
            "150000",
            None,
        ),
        ("Thu ngân sách cả năm đạt 131% dự toán.", "131", None),
        // "cao hơn 2,1 điểm": "hơn" is the comparative (higher by), not "more than".
        (
            "Tỷ lệ nợ xấu cao hơn 2,1 điểm phần trăm so với cùng kỳ.",
            "2.1",
            None,
        ),
    ] {
        let found = items(text);
        let got: Vec<(String, Option<String>)> = found
            .iter()
            .map(|item| {
                let v = item.get("value").or_else(|| item.get("amount"));
                (
                    v.map_or(String::new(), Value::to_string),
                    item.get("qualifier")
                        .and_then(Value::as_str)
                        .map(String::from),
                )
            })
            .collect();
        let want = vec![(value.to_string(), qualifier.map(String::from))];
        if got != want {
            failures.push(format!("{text:?}: expected {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn range_bounds_share_the_range() {
    let mut failures = Vec::new();
    for (text, range_text) in [
        ("Giá cước vận chuyển tăng 10-15%.", "10-15%"),
        (
            "Tăng trưởng tín dụng năm nay dự kiến khoảng 8,5 - 9%.",
            "8,5 - 9%",
        ),
        ("Lợi nhuận của các ngân hàng tăng từ 30%-38%.", "30%-38%"),
        (
            "Mỗi doanh nghiệp cần từ 2 đến 3 tỷ đồng để chuyển đổi số.",
            "2 đến 3 tỷ đồng",
        ),
        ("Dự án cần huy động thêm 5-6 tỷ USD.", "5-6 tỷ USD"),
        (
            "Giá cua biển loại một dao động 500.000 - 600.000 đồng/kg.",
            "500.000 - 600.000 đồng",
        ),
    ] {
        let found = items(text);
        let bounds: Vec<Option<&str>> = found
            .iter()
            .map(|item| item.get("range").and_then(Value::as_str))
            .collect();
        if bounds != [Some("low"), Some("high")] {
            failures.push(format!("{text:?}: range fields {bounds:?}"));
            continue;
        }
        let span = |item: &Value| (offset(item, "start"), offset(item, "end"));
        if span(&found[0]) != span(&found[1]) {
            failures.push(format!(
                "{text:?}: bounds at {:?} and {:?}",
                span(&found[0]),
                span(&found[1])
            ));
        }
        let surface = found[0].get("text").and_then(Value::as_str).unwrap_or("");
        if !surface.contains(range_text) {
            failures.push(format!(
                "{text:?}: range text {surface:?} lacks {range_text:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The table itself: enough cases, and every group with something to find and something
/// not to find.
#[test]
fn every_group_has_positive_and_negative_cases() {
    assert!(CASES.len() >= 170, "{} cases", CASES.len());
    for group in [
        "digits",
        "scale",
        "words",
        "qualifier",
        "range",
        "list",
        "percent",
        "currency",
        "per",
        "trap",
        "sign",
        "exponent",
    ] {
        let of_group = || CASES.iter().filter(move |(id, _, _)| *id == group);
        assert!(
            of_group().any(|(_, _, e)| !e.is_empty()),
            "{group}: no positive case"
        );
        assert!(
            of_group().any(|(_, _, e)| e.is_empty()),
            "{group}: no negative case"
        );
    }
    for (id, text, _) in CASES {
        assert!(
            CASES.iter().filter(|(_, t, _)| t == text).count() == 1,
            "[{id}] {text:?} is in the table twice"
        );
    }
}

/// A currency added by a user lexicon is read like a shipped one, through the public API.
#[test]
fn a_currency_from_a_user_lexicon_is_read() {
    let text = "Công ty thu về 5 tỷ rupiah, hơn 2 triệu đô la Brunei.";
    let mut lexicon = (*vnextract::extract::OfficialLexicon::builtin()).clone();
    lexicon
        .extend_from_str(
            "# format: vnextract-lexicon 1\ncurrency\trupiah\tIDR\ncurrency\tđô la Brunei\tBND\n",
            "mine.tsv",
        )
        .expect("the entries parse");
    let pipeline = Pipeline::builder().official_lexicon(lexicon).build();
    let line = pipeline.process_to_json(&Article::new("t", text));
    let record: Value = serde_json::from_slice(&line).expect("the record is JSON");
    let (read, bad_spans) = describe(text, &record);
    assert_eq!(read, "5000000000 IDR|2000000 BND");
    assert!(bad_spans.is_empty(), "{bad_spans:?}");
}

/// The JSON text of a record's amounts and values, as written (no float in between).
fn written_numbers(text: &str) -> Vec<String> {
    let line = Pipeline::default().process_to_json(&Article::new("t", text));
    let line = String::from_utf8(line).expect("the record is UTF-8");
    let mut found = Vec::new();
    for key in ["\"amount\":", "\"value\":"] {
        let mut rest = line.as_str();
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let end = rest.find([',', '}']).unwrap_or(rest.len());
            found.push(rest[..end].to_string());
        }
    }
    found
}

/// Amounts are exact at any size, written as plain JSON numbers; one that cannot be held
/// exactly is not written at all.
#[test]
fn amounts_are_exact_at_any_size() {
    for (text, expected) in [
        (
            "Con số giả định 999.999.999.999.999.999.999 tỷ USD chỉ để thử.",
            vec!["999999999999999999999000000000"],
        ),
        (
            "Con số giả định 18.446.744.073.709.551.617 đồng chỉ để thử.",
            vec!["18446744073709551617"],
        ),
        (
            "Tỷ lệ rất nhỏ 0,000001% cũng được ghi nhận.",
            vec!["0.000001"],
        ),
        ("Công ty báo lỗ -3,5 tỷ đồng.", vec!["-3500000000"]),
        ("Tăng 15,9% và 96,50% kế hoạch.", vec!["15.9", "96.5"]),
        (
            "Con số giả định 1.000 triệu tỷ tỷ tỷ USD chỉ để thử.",
            vec!["1000000000000000000000000000000000000"],
        ),
        // 10^39: beyond what an amount can hold.
        (
            "Con số giả định 1.000.000 triệu tỷ tỷ tỷ USD chỉ để thử.",
            vec![],
        ),
        (
            "Con số giả định 9.999.999.999.999.999.999.999.999.999.999 tỷ USD chỉ để thử.",
            vec![],
        ),
    ] {
        assert_eq!(written_numbers(text), expected, "{text}");
    }
}
