package ducha.integrity.internal.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ducha.core.documents.OfficialDocument;
import ducha.core.period.Period;
import ducha.core.spi.ArchiveEntry;
import ducha.integrity.ArchiveView;
import ducha.integrity.IntegrityReportService;

/**
 * Words the 廉情报告: an opening naming the period, per person one paragraph stating what the archive holds
 * (counted by kind) or that it holds nothing, one paragraph per entry, and a closing that limits the statement to
 * what the archive records.
 */
public final class IntegrityReportComposer {

	private static final String DIGITS = "零一二三四五六七八九";

	private IntegrityReportComposer() {
	}

	/**
	 * @param archives        the people's archives, in the order asked for
	 * @param departmentNames department name by code (a missing one is shown by its code)
	 * @param number          the issued number, empty for a draft
	 */
	public static OfficialDocument compose(List<ArchiveView> archives, Period period, LocalDate written,
			String number, Function<String, String> departmentNames) {
		List<String> paragraphs = new java.util.ArrayList<>();
		String span = date(period.from()) + "至" + date(period.to());
		paragraphs.add("经查阅廉政档案，现将" + people(archives) + span + "期间的廉政档案记录情况报告如下：");
		int index = 1;
		for (ArchiveView view : archives) {
			paragraphs.add(person(index++, view, departmentNames) + holdings(view));
			int n = 1;
			for (ArchiveEntry e : view.entries()) {
				paragraphs.add("（" + n++ + "）" + date(e.date()) + "，" + view.kindLabel(e) + "，"
						+ (e.title() == null ? "" : e.title()) + "（来源：" + view.sourceLabel(e) + "）。");
			}
		}
		paragraphs.add("以上情况依据廉政档案截至" + date(written) + "的记录，档案未记载的事项不在本报告反映范围内。");
		paragraphs.add("特此报告。");
		return new OfficialDocument(title(archives), number, written, paragraphs, IntegrityReportService.OFFICE);
	}

	static String title(List<ArchiveView> archives) {
		return people(archives) + "廉情报告";
	}

	/** 李明同志, or 李明等3名同志. */
	private static String people(List<ArchiveView> archives) {
		String first = archives.get(0).staff().name();
		return archives.size() == 1 ? first + "同志" : first + "等" + archives.size() + "名同志";
	}

	private static String person(int index, ArchiveView view, Function<String, String> departmentNames) {
		String department = departmentNames.apply(view.staff().departmentCode());
		StringBuilder s = new StringBuilder(ordinal(index)).append("、").append(view.staff().name()).append("（工号 ")
				.append(view.staff().staffNo()).append("，")
				.append(department == null ? view.staff().departmentCode() : department);
		if (view.staff().position() != null && !view.staff().position().isBlank()) {
			s.append(view.staff().position());
		}
		return s.append("）。").toString();
	}

	private static String holdings(ArchiveView view) {
		if (view.entries().isEmpty()) {
			return "该期间廉政档案中无约谈、处理、问题通报等记录。";
		}
		Map<String, Integer> counts = new LinkedHashMap<>();
		view.entries().forEach(e -> counts.merge(view.kindLabel(e), 1, Integer::sum));
		StringBuilder s = new StringBuilder("该期间廉政档案记录 ").append(view.entries().size()).append(" 条：");
		counts.forEach((kind, n) -> s.append(kind).append(' ').append(n).append(" 条，"));
		s.setLength(s.length() - 1);
		return s.append("。").toString();
	}

	/** 2024年3月5日, as official documents write dates. */
	static String date(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

	/** 一, 二, ..., 十, 十一, ..., 九十九; beyond that the digits. */
	static String ordinal(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		if (n >= 100) {
			return String.valueOf(n);
		}
		String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
		return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
	}
}
