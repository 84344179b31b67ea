package ducha.reports.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ducha.cases.CaseRegister;
import ducha.core.DataFolder;
import ducha.core.directory.Department;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.StaffQuery;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;

/**
 * Brings the demo court's case register up to a court's size: writes the cases of the last ten years as the
 * case-management system exports them (CSV UTF-8 with BOM, the {@code cases} ledger's Chinese headers; handled by
 * the demo court's judges in their own departments; about 2 % of old cases never closed) and imports the file
 * through {@link CaseRegister#importFile}, the path of the workbench and {@code ducha-cli cases import}, so that
 * whatever the register keeps beside its rows is kept as in production. The sequence numbers start above the demo
 * seeder's, so that no demo case (which the demo's supervision orders name) is overwritten. Seeded: every run
 * writes the same file.
 */
final class RegisterFill {

	private static final String HEADER = "案号,案由,承办人工号,承办部门,立案日期,审理程序,结案日期,结案方式,状态";
	private static final String COURT = "川0724";
	private static final int YEARS = 10;
	private static final int FIRST_SEQUENCE = 100_000;
	private static final Set<String> JUDGE_POSTS = Set.of("审判员", "庭长", "副庭长", "执行员", "局长", "副局长");

	private record Kind(String type, List<String> causes, List<String> procedures, List<String> closings, int days) {
	}

	private static final Kind CIVIL = new Kind("民初", List.of("民间借贷纠纷", "买卖合同纠纷", "离婚纠纷", "物业服务合同纠纷"),
			List.of("简易", "简易", "普通", "小额诉讼"), List.of("判决", "调解", "撤诉"), 60);
	private static final Kind CRIMINAL = new Kind("刑初", List.of("盗窃罪", "危险驾驶罪", "诈骗罪"), List.of("速裁", "简易", "普通"),
			List.of("判决"), 45);
	private static final Kind ADMINISTRATIVE = new Kind("行初", List.of("行政处罚", "政府信息公开"), List.of("普通", "简易"),
			List.of("判决", "撤诉"), 90);
	private static final Kind ENFORCEMENT = new Kind("执", List.of("执行实施"), List.of(), List.of("执行完毕", "终结本次执行程序"),
			120);
	private static final Map<String, Kind> BY_DEPARTMENT = Map.of("LAT", CIVIL, "MS1", CIVIL, "MS2", CIVIL, "CGFT",
			CIVIL, "QSFT", CIVIL, "SJT", CIVIL, "XST", CRIMINAL, "XZT", ADMINISTRATIVE, "ZXJ", ENFORCEMENT);

	private record Judge(String staffNo, String departmentName, Kind kind) {
	}

	private RegisterFill() {
	}

	/** Imports {@code rows} generated cases filed up to {@code today}; returns the import's result. */
	static LedgerImportResult importCases(Path dir, int rows, LocalDate today, Principal actor) throws IOException {
		allowRows(rows);
		Path file = write(dir.resolve("register-" + rows + ".csv"), rows, judges(actor), today);
		return Services.get(CaseRegister.class).importFile(file, actor, null);
	}

	private static List<Judge> judges(Principal actor) {
		DirectoryService directory = Services.get(DirectoryService.class);
		Map<String, String> names = new HashMap<>();
		for (Department d : directory.departments()) {
			names.put(d.code(), d.name());
		}
		List<Judge> judges = directory.staff(StaffQuery.ALL, actor).stream()
				.filter(s -> JUDGE_POSTS.contains(s.position()) && BY_DEPARTMENT.containsKey(s.departmentCode()))
				.map(s -> new Judge(s.staffNo(), names.get(s.departmentCode()), BY_DEPARTMENT.get(s.departmentCode())))
				.toList();
		if (judges.isEmpty()) {
			throw new IllegalStateException("the demo court has no judges in trial departments");
		}
		return judges;
	}

	private static Path write(Path file, int rows, List<Judge> judges, LocalDate today) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Random random = new Random(3);
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
					Judge judge = judges.get(random.nextInt(judges.size()));
					int sequence = sequences.merge(year + judge.kind().type(), 1, Integer::sum) + FIRST_SEQUENCE;
					out.write(line(random, judge, year, sequence, filed, today));
					out.write('\n');
				}
				written += inYear;
			}
		}
		return file;
	}

	private static String line(Random random, Judge judge, int year, int sequence, LocalDate filed, LocalDate today) {
		Kind kind = judge.kind();
		long age = ChronoUnit.DAYS.between(filed, today);
		double closedChance = age > 3L * kind.days() ? 0.98 : Math.min(0.9, age / (3.0 * kind.days()));
		boolean closed = random.nextDouble() < closedChance;
		LocalDate closedDate = closed ? filed.plusDays(Math.min(age, kind.days() / 3 + random.nextInt(2 * kind.days())))
				: null;
		String status = closed ? "已结" : random.nextInt(20) == 0 ? "中止" : "在审";
		return String.join(",", "（" + year + "）" + COURT + kind.type() + sequence + "号", pick(random, kind.causes()),
				judge.staffNo(), judge.departmentName(), filed.toString(),
				kind.procedures().isEmpty() ? "" : pick(random, kind.procedures()),
				closedDate == null ? "" : closedDate.toString(), closed ? pick(random, kind.closings()) : "", status);
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** The register is larger than a ledger may be by default (ledger.max-rows, ledger.max-mb in ducha.properties). */
	private static void allowRows(int rows) throws IOException {
		Path settings = DataFolder.configFile();
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, "\nledger.max-rows = " + rows + "\nledger.max-mb = 100000\n",
				StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}
}
