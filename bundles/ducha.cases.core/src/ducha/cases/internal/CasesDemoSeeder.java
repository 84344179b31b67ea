package ducha.cases.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CaseMarkingService;
import ducha.cases.CaseNumber;
import ducha.cases.CaseRecord;
import ducha.cases.CaseStatus;
import ducha.cases.FindingType;
import ducha.cases.MarkSuggestionService;
import ducha.cases.ReviewFinding;
import ducha.cases.ReviewService;
import ducha.cases.SupervisionLevel;
import ducha.cases.SupervisionOrder;
import ducha.cases.SupervisionService;
import ducha.core.DuchaException;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.directory.SupervisorRole;
import ducha.core.directory.SupervisorService;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;

/**
 * The demo court's case register: about three thousand cases filed over the last two years by the judges of the
 * trial departments and the 执行局, most closed and some long pending, a few supervision orders (one overdue) and
 * this year's review chain (findings, reminder talks, follow-ups, bulletins), four-kinds and major cases with
 * suggestions ({@link MarkingDemo}). Cases go in by JDBC batch.
 */
@Component(service = DemoSeeder.class)
public class CasesDemoSeeder implements DemoSeeder {

	private static final String COURT = "川0724";
	private static final int CASES = 3000;
	private static final Set<String> JUDGES = Set.of("审判员", "庭长", "副庭长", "执行员", "局长", "副局长");

	/** Per department: case type, causes, procedures, closing methods, typical days to close. */
	private record Kind(String type, String[] causes, String[] procedures, String[] closings, int days) {
	}

	private static final Kind CIVIL = new Kind("民初", new String[] { "民间借贷纠纷", "买卖合同纠纷", "离婚纠纷", "机动车交通事故责任纠纷",
			"金融借款合同纠纷", "劳务合同纠纷", "物业服务合同纠纷", "房屋租赁合同纠纷", "抚养纠纷", "提供劳务者受害责任纠纷" },
			new String[] { "简易", "简易", "简易", "普通", "小额诉讼" }, new String[] { "判决", "调解", "调解", "撤诉" }, 60);
	private static final Kind CRIMINAL = new Kind("刑初", new String[] { "盗窃罪", "危险驾驶罪", "诈骗罪", "故意伤害罪", "帮助信息网络犯罪活动罪",
			"寻衅滋事罪", "交通肇事罪", "开设赌场罪" }, new String[] { "速裁", "简易", "普通" }, new String[] { "判决", "判决", "准许撤诉" },
			40);
	private static final Kind ADMINISTRATIVE = new Kind("行初", new String[] { "行政处罚", "行政强制", "行政确认", "行政补偿", "政府信息公开" },
			new String[] { "普通", "简易" }, new String[] { "判决", "裁定驳回起诉", "撤诉" }, 90);
	private static final Kind RETRIAL = new Kind("民申", new String[] { "民间借贷纠纷", "买卖合同纠纷", "建设工程施工合同纠纷" },
			new String[] { "审查" }, new String[] { "裁定驳回再审申请", "裁定再审" }, 70);
	private static final Kind ENFORCEMENT = new Kind("执", new String[] { "执行实施", "执行实施", "执行实施", "终结本次执行程序" },
			new String[] { "执行实施" }, new String[] { "执行完毕", "终结本次执行程序", "和解长期履行" }, 120);
	private static final Map<String, Kind> KINDS = Map.of("LAT", CIVIL, "MS1", CIVIL, "MS2", CIVIL, "CGFT", CIVIL,
			"QSFT", CIVIL, "XST", CRIMINAL, "XZT", ADMINISTRATIVE, "SJT", RETRIAL, "ZXJ", ENFORCEMENT);

	@Reference
	private DataSource dataSource;

	@Reference
	private SupervisionService supervision;

	@Reference
	private ReviewService review;

	@Reference
	private SupervisorService roles;

	@Reference
	private CaseMarkingService marking;

	@Reference
	private MarkSuggestionService suggestions;

	@Override
	public String id() {
		return "cases";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void seed(DemoContext context) {
		List<Staff> judges = context.staff().stream().filter(s -> s.status() == EmploymentStatus.ACTIVE)
				.filter(s -> JUDGES.contains(s.position()) && KINDS.containsKey(s.departmentCode())).toList();
		if (judges.isEmpty()) {
			context.log("案件：演示法院没有承办人，未生成案件");
			return;
		}
		List<CaseRecord> cases = new ArrayList<>(withPartyCounts(cases(context, judges)));
		cases.addAll(ReversalDemo.cases(context.today(), judges, COURT));
		store(cases);
		context.log("案件 " + cases.size() + " 条");
		supervisionOrders(context, cases);
		reviewChain(context, cases);
		MarkingDemo.seed(context, cases, marking, suggestions);
	}

	private static List<CaseRecord> cases(DemoContext context, List<Staff> judges) {
		Random random = context.random();
		LocalDate today = context.today();
		Map<String, Integer> sequences = new java.util.HashMap<>();
		List<CaseRecord> cases = new ArrayList<>(CASES);
		for (int i = 0; i < CASES; i++) {
			Staff judge = judges.get(random.nextInt(judges.size()));
			Kind kind = KINDS.get(judge.departmentCode());
			LocalDate filed = today.minusDays(random.nextInt(730));
			int sequence = sequences.merge(filed.getYear() + kind.type(), 1 + random.nextInt(3), Integer::sum);
			CaseNumber number = new CaseNumber(filed.getYear(), COURT, kind.type(), sequence);
			String procedure = pick(random, kind.procedures());
			int days = kind.days() / 3 + random.nextInt(kind.days() * 2);
			boolean longPending = random.nextInt(100) < 4;
			LocalDate closed = filed.plusDays(days);
			CaseStatus status = CaseStatus.CLOSED;
			String closing = pick(random, kind.closings());
			if (longPending || closed.isAfter(today)) {
				closed = null;
				closing = null;
				status = random.nextInt(20) == 0 ? CaseStatus.SUSPENDED : CaseStatus.PENDING;
			}
			cases.add(new CaseRecord(number, pick(random, kind.causes()), judge.staffNo(), judge.departmentCode(),
					filed, procedure, closed, closing, status));
		}
		return cases;
	}

	/**
	 * Two or three parties for most cases (one or two defendants in criminal cases); a handful of open cases whose
	 * cause typically gathers many parties get a crowd: wage claims of a whole crew (劳务合同) and a few cases of
	 * estate owners (物业服务) and land compensation (行政补偿), which the keyword scan suggests first. A random of its
	 * own keeps the draws of the demo's other figures unchanged.
	 */
	private static List<CaseRecord> withPartyCounts(List<CaseRecord> cases) {
		Random random = new Random(2024);
		Map<String, Integer> crowds = new java.util.HashMap<>(Map.of("劳务合同", 4, "物业服务", 2, "行政补偿", 1));
		List<CaseRecord> counted = new ArrayList<>(cases.size());
		for (CaseRecord c : cases) {
			int parties = c.number().type().equals("刑初") ? 1 + random.nextInt(2) : 2 + random.nextInt(2);
			String crowd = c.status().isOpen() ? crowds.keySet().stream().filter(c.cause()::contains)
					.filter(word -> crowds.get(word) > 0).findFirst().orElse(null) : null;
			if (crowd != null) {
				parties = 12 + random.nextInt(50);
				crowds.merge(crowd, -1, Integer::sum);
			}
			counted.add(new CaseRecord(c.number(), c.cause(), c.judgeNo(), c.departmentCode(), c.filingDate(),
					c.procedure(), c.closedDate(), c.closingMethod(), c.status(), parties));
		}
		return counted;
	}

	private void store(List<CaseRecord> cases) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				CaseStore store = new CaseStore(connection);
				for (CaseRecord record : cases) {
					store.add(record);
				}
				store.flush();
				store.close();
				FlagDates.refresh(connection);
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new DuchaException("演示案件未能写入：" + e.getMessage(), e);
		}
	}

	private void supervisionOrders(DemoContext context, List<CaseRecord> cases) {
		LocalDate today = context.today();
		List<CaseRecord> open = cases.stream().filter(c -> c.status() == CaseStatus.PENDING)
				.filter(c -> c.ageOn(today) > 120).limit(5).toList();
		String[] subjects = { "立案超过审限，请限期审结并书面说明原因", "当事人反映拖延执行，请限期办结", "长期未结案件，请制定结案计划",
				"信访关注案件，请加快审理进度", "院长交办案件，请按期办结" };
		SupervisionLevel[] levels = SupervisionLevel.values();
		for (int i = 0; i < open.size(); i++) {
			CaseRecord c = open.get(i);
			boolean overdue = i == 0;
			LocalDate issued = overdue ? today.minusDays(45) : today.minusDays(10 + 5 * i);
			LocalDate deadline = overdue ? today.minusDays(5) : today.plusDays(20 + 5 * i);
			SupervisionOrder order = supervision.issue(c.number().text(), levels[i % levels.length], c.judgeNo(),
					issued, deadline, subjects[i % subjects.length], context.actor());
			if (i % 2 == 1) {
				supervision.start(order.id(), order.version(), issued.plusDays(2), context.actor());
			}
		}
		supervision.sweep(today, context.actor());
		context.log("督办单 " + open.size() + " 件");
	}

	private void reviewChain(DemoContext context, List<CaseRecord> cases) {
		Random random = context.random();
		LocalDate today = context.today();
		LocalDate yearStart = today.withDayOfYear(1);
		List<CaseRecord> closedThisYear = cases.stream().filter(c -> c.closedDate() != null)
				.filter(c -> !c.closedDate().isBefore(yearStart)).limit(12).toList();
		Map<String, Staff> supervisors = new java.util.HashMap<>();
		for (Staff s : context.staff()) {
			if (s.status() == EmploymentStatus.ACTIVE && (s.position().equals("庭长") || s.position().equals("局长"))) {
				supervisors.putIfAbsent(s.departmentCode(), s);
			}
		}
		Map<String, String> integrity = new java.util.HashMap<>();
		roles.heldOn(SupervisorRole.INTEGRITY_SUPERVISOR, today).stream().filter(a -> a.departmentCode() != null)
				.forEach(a -> integrity.putIfAbsent(a.departmentCode(), a.staffNo()));
		String[] problems = { "判决书对证据采信理由阐述不充分", "裁判文书当事人信息与起诉状不一致", "电子卷宗未随案同步生成", "送达回证缺失，送达程序存在瑕疵",
				"超审限未办理延长审限审批手续", "结案后未及时归档" };
		FindingType[] types = { FindingType.DEFECTIVE_CASE, FindingType.INACCURATE_WORDING,
				FindingType.NONSTANDARD_SYSTEM_USE, FindingType.DEFECTIVE_CASE, FindingType.OVERDUE_TRIAL,
				FindingType.NONSTANDARD_SYSTEM_USE };
		List<Long> findings = new ArrayList<>();
		for (int i = 0; i < closedThisYear.size(); i++) {
			CaseRecord c = closedThisYear.get(i);
			LocalDate found = max(c.closedDate(), yearStart).plusDays(random.nextInt(10));
			if (found.isAfter(today)) {
				found = today;
			}
			ReviewFinding finding = review.addFinding(c.number().text(), types[i % types.length], c.judgeNo(), found,
					problems[i % problems.length], context.actor());
			findings.add(finding.id());
			Staff supervisor = supervisors.get(c.departmentCode());
			if (supervisor == null || i % 3 == 2) {
				continue;
			}
			LocalDate talk = min(found.plusDays(3), today);
			// the department's integrity supervisor follows the rectification (BRIEF.md), the head where it has none
			String follower = integrity.getOrDefault(c.departmentCode(), supervisor.staffNo());
			review.holdTalk(finding.id(), talk, supervisor.staffNo(), follower,
					"就评查发现的问题进行提醒谈话，要求查找原因、举一反三，限期整改", context.actor());
			var followup = review.openFollowup(finding.id(), talk, follower, "组织庭内学习相关规范，逐案自查并提交整改报告",
					context.actor());
			if (i % 2 == 0) {
				review.verifyFollowup(followup.id(), followup.version(), min(talk.plusDays(14), today),
						"整改报告已提交，抽查复核无同类问题", context.actor());
			}
		}
		int bulletins = 0;
		for (int from = 0; from + 4 <= findings.size() && bulletins < 3; from += 4) {
			LocalDate issued = today;
			review.issueBulletin(issued, "案件质量评查情况通报", findings.subList(from, from + 4), context.actor());
			bulletins++;
		}
		context.log("评查问题 " + findings.size() + " 个，通报 " + bulletins + " 期");
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}
}
