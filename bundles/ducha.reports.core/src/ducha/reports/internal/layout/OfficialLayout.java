package ducha.reports.internal.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ducha.core.period.Period;
import ducha.core.period.PeriodKind;
import ducha.reports.AnnualReport;
import ducha.reports.ReportChapter;
import ducha.core.documents.OfficialDocument;

/** Turns reports and official documents into the blocks of the office's layout. */
public final class OfficialLayout {

	private static final String DIGITS = "零一二三四五六七八九";

	private OfficialLayout() {
	}

	public static List<Block> of(AnnualReport report) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Title(report.title()));
		blocks.add(new Block.Centered("统计期间：" + periodText(report.period())));
		blocks.add(new Block.Centered(report.office() + "　" + date(report.issued())));
		if (report.chapters().isEmpty()) {
			blocks.add(new Block.Paragraph("尚未安装提供统计数据的业务模块，本期无统计内容。"));
		}
		int index = 1;
		for (ReportChapter chapter : report.chapters()) {
			blocks.add(new Block.Heading(ordinal(index++) + "、" + chapter.title()));
			blocks.add(new Block.Paragraph(chapter.summary()));
			if (!chapter.figures().isEmpty()) {
				blocks.add(new Block.FigureTable(chapter.figures()));
			}
		}
		blocks.add(new Block.Signature(report.office(), date(report.issued())));
		return blocks;
	}

	public static List<Block> of(OfficialDocument document) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Title(document.title()));
		if (!document.number().isBlank()) {
			blocks.add(new Block.Centered(document.number()));
		}
		document.paragraphs().forEach(text -> blocks.add(new Block.Paragraph(text)));
		blocks.add(new Block.Signature(document.office(), date(document.date())));
		return blocks;
	}

	/** 2024年3月5日, as official documents write dates. */
	public static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** The period's own name and, unless that already is the span, its first and last day. */
	static String periodText(Period period) {
		String span = date(period.from()) + "至" + date(period.to());
		return period.kind() == PeriodKind.CUSTOM ? span : period.label() + "（" + span + "）";
	}

	/** Chinese ordinal for headings: 一, 二, ..., 十, 十一, ..., 九十九. */
	static String ordinal(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}
}
