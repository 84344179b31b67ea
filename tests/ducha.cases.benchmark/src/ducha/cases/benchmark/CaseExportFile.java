package ducha.cases.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a case list as the court's case-management system exports it (CSV UTF-8 with BOM, Chinese headers): the
 * cases of the last ten years in filing order, numbered per year and case type without gaps, handled by the demo
 * court's judges in their own departments. Old cases are mostly closed; a few stay open for years, which is what
 * the long-pending list is for. Seeded, so that two runs write the same file.
 */
final class CaseExportFile {

	static final String HEADER = "案号,案由,承办人工号,承办部门,立案日期,审理程序,结案日期,结案方式,状态";
	static final String COURT = "川0724";
	private static final int YEARS = 10;

	/** What a department files: case type, causes, procedures, closing methods, usual days to close. */
	private record Kind(String type, List<String> causes, List<String> procedures, List<String> closings,
			int usualDays) {
	}

	private static final Kind CIVIL = new Kind("民初", List.of("民间借贷纠纷", "买卖合同纠纷", "离婚纠纷", "机动车交通事故责任纠纷",
			"金融借款合同纠纷", "物业服务合同纠纷", "房屋租赁合同纠纷", "劳务合同纠纷", "追索劳动报酬纠纷", "信用卡纠纷"),
			List.of("简易", "简易", "简易", "普通", "小额诉讼"), List.of("判决", "调解", "调解", "撤诉", "驳回起诉"), 60);
	private static final Kind CRIMINAL = new Kind("刑初", List.of("盗窃罪", "危险驾驶罪", "诈骗罪", "故意伤害罪", "帮助信息网络犯罪活动罪",
			"交通肇事罪", "寻衅滋事罪"), List.of("速裁", "简易", "普通"), List.of("判决", "判决", "准许撤诉"), 45);
	private static final Kind ADMINISTRATIVE = new Kind("行初", List.of("行政处罚", "行政强制", "政府信息公开", "行政确认"),
			List.of("普通", "简易"), List.of("判决", "裁定驳回起诉", "撤诉"), 90);
	private static final Kind ENFORCEMENT = new Kind("执", List.of("执行实施", "执行实施", "终结本次执行程序"), List.of(),
			List.of("执行完毕", "终结本次执行程序", "和解长期履行"), 120);
	private static final Map<String, Kind> BY_DEPARTMENT = Map.of("LAT", CIVIL, "MS1", CIVIL, "MS2", CIVIL, "CGFT",
			CIVIL, "QSFT", CIVIL, "SJT", CIVIL, "XST", CRIMINAL, "XZT", ADMINISTRATIVE, "ZXJ", ENFORCEMENT);

	private CaseExportFile() {
	}

	static boolean handlesCases(String departmentCode) {
		return BY_DEPARTMENT.containsKey(departmentCode);
	}

	/** Writes {@code rows} cases filed up to {@code today}; returns the file. */
	static Path write(Path file, int rows, List<BenchCourt.Judge> judges, LocalDate today, long seed)
			throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Random random = new Random(seed);
		Map<String, Integer> sequences = new HashMap<>();
		int firstYear = today.getYear() - YEARS + 1;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(HEADER);
			out.write('\n');
			int written = 0;
			for (int y = 0; y < YEARS; y++) {
				int year = firstYear + y;
				int inYear = y == YEARS - 1 ? rows - written : rows / YEARS;
				LocalDate first = LocalDate.of(year, 1, 1);
				LocalDate last = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
				long span = ChronoUnit.DAYS.between(first, last) + 1;
				for (int i = 0; i < inYear; i++) {
					LocalDate filed = first.plusDays(i * span / inYear);
					BenchCourt.Judge judge = judges.get(random.nextInt(judges.size()));
					Kind kind = BY_DEPARTMENT.get(judge.departmentCode());
					int sequence = sequences.merge(year + kind.type(), 1, Integer::sum);
					out.write(line(random, kind, year, sequence, judge, filed, today));
					out.write('\n');
				}
				written += inYear;
			}
		}
		return file;
	}

	private static String line(Random random, Kind kind, int year, int sequence, BenchCourt.Judge judge,
			LocalDate filed, LocalDate today) {
		long age = ChronoUnit.DAYS.between(filed, today);
		// a case is usually closed after about its type's usual time; about 2% of old cases never are
		double closedChance = age > 3L * kind.usualDays() ? 0.98 : Math.min(0.9, age / (3.0 * kind.usualDays()));
		boolean closed = random.nextDouble() < closedChance;
		LocalDate closedDate = null;
		if (closed) {
			long days = kind.usualDays() / 3 + random.nextInt(2 * kind.usualDays());
			closedDate = filed.plusDays(Math.min(age, days));
		}
		String status = closed ? "已结" : random.nextInt(20) == 0 ? "中止" : "在审";
		String procedure = kind.procedures().isEmpty() ? "" : pick(random, kind.procedures());
		return String.join(",", "（" + year + "）" + COURT + kind.type() + sequence + "号", pick(random, kind.causes()),
				judge.staffNo(), judge.departmentName(), filed.toString(), procedure,
				closedDate == null ? "" : closedDate.toString(), closed ? pick(random, kind.closings()) : "", status);
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}
}
