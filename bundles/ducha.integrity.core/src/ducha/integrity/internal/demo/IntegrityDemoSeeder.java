package ducha.integrity.internal.demo;

import org.eclipse.osgi.util.NLS;

import ducha.core.jpa.Jpa;
import ducha.integrity.internal.Messages;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.period.Period;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.integrity.Book;
import ducha.integrity.BookRecommendation;
import ducha.integrity.Disposition;
import ducha.integrity.DispositionType;
import ducha.integrity.EducationActivity;
import ducha.integrity.IdeologyAnalysis;
import ducha.integrity.RiskLevel;
import ducha.integrity.RiskMeasure;
import ducha.integrity.Rule;
import ducha.integrity.Talk;
import ducha.integrity.TalkLevel;
import ducha.integrity.internal.jpa.ActivityEntity;
import ducha.integrity.internal.jpa.AnalysisEntity;
import ducha.integrity.internal.jpa.BookEntity;
import ducha.integrity.internal.jpa.DispositionEntity;
import ducha.integrity.internal.jpa.RecommendationEntity;
import ducha.integrity.internal.jpa.RecordRow;
import ducha.integrity.internal.jpa.RiskMeasureEntity;
import ducha.integrity.internal.jpa.RuleEntity;
import ducha.integrity.internal.jpa.TalkEntity;

/**
 * The demo court's integrity records, shaped like the source article's year: a risk list of 45 measures in force,
 * 21 rules, 135 copies in the reading corner, 7 recommendations, and over the last twelve months 32 staff given a
 * reminder talk or criticism, 1 written self-examination, 3 ordered to resign, three-level talks with escalations
 * (held by the department's head, a vice president and the president, each with their 工号), education activities
 * and each department's quarterly analysis.
 */
@Component
public class IntegrityDemoSeeder implements DemoSeeder {

	private static final Set<String> HEADS = Set.of("院长", "庭长", "局长", "主任", "大队长");
	private static final String[] REASONS = { "审限内未结案件较多，存在拖延办案苗头", "庭审中言行不规范，被当事人投诉", "上班时间脱岗",
			"案件评查发现文书质量问题较多", "与律师存在不当交往苗头", "执行案件未按期反馈申请人", "公车使用登记不规范",
			"参加同学聚会饮酒，存在八小时以外风险" };
	private static final String[] CHANNELS = { "微信公众号", "院内网", "清风书吧展板" };

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public String id() {
		return "integrity";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void seed(DemoContext context) {
		Random random = context.random();
		LocalDate today = context.today();
		List<Staff> serving = context.staff().stream().filter(s -> s.status() == EmploymentStatus.ACTIVE).toList();
		Jpa.write(emf, em -> {
			int measures = riskList(em, today);
			int rules = rules(em, today);
			int books = books(em, random, today);
			int recommendations = recommendations(em, today);
			int[] talks = talksAndDispositions(em, random, today, serving);
			int activities = activities(em, random, today, serving);
			int analyses = analyses(em, today, serving);
			context.log(NLS.bind(Messages.demoSeeded, new Object[] { measures, rules, books, recommendations, talks[0],
					talks[1], activities, analyses }));
			return null;
		});
	}

	private static int riskList(EntityManager em, LocalDate today) {
		LocalDate effective = LocalDate.of(today.getYear() - 1, 1, 1);
		int n = 0;
		for (DemoLists.Post post : DemoLists.POSTS) {
			for (String measure : post.measures()) {
				n++;
				// a few reviews overdue, some due this month, the rest spread over the coming year
				LocalDate review = n <= 2 ? today.minusDays(5L * n) : n <= 6 ? today.plusDays(4L * n) : today.plusDays(30L + 7 * n);
				store(em, RiskMeasureEntity.class, new RiskMeasure(0, String.format("FX-%03d", n), post.department(),
						post.post(), post.risk(), RiskLevel.parse(post.level()), measure, post.owner(), effective, review,
						null, 0));
			}
		}
		// two measures replaced by the current ones: retired, kept for the record
		store(em, RiskMeasureEntity.class, new RiskMeasure(0, "FX-901", "ZXJ", "执行实施岗", "消极执行", RiskLevel.HIGH,
				"执行案件纸质流程登记", "执行局局长", effective.minusYears(2), effective, effective, 0));
		store(em, RiskMeasureEntity.class, new RiskMeasure(0, "FX-902", "BGS", "财务管理岗", "违规报销", RiskLevel.HIGH,
				"现金报销单人审批", "办公室主任", effective.minusYears(2), effective, effective, 0));
		return n;
	}

	private static int rules(EntityManager em, LocalDate today) {
		int n = 0;
		for (String title : DemoLists.RULES) {
			n++;
			LocalDate effective = LocalDate.of(today.getYear() - 3 + n % 3, 1 + n % 12, 1);
			if (effective.isAfter(today)) {
				effective = today.minusMonths(n);
			}
			String issuer = n % 3 == 0 ? "政治部（督察室）" : "院党组";
			store(em, RuleEntity.class, new Rule(0, String.format("GZ-%02d", n), title, issuer, effective,
					n % 2 == 0 ? 12 : 24, null, "为加强队伍廉政建设，根据有关规定，结合本院实际，制定《" + title + "》。"));
		}
		return n;
	}

	private static int books(EntityManager em, Random random, LocalDate today) {
		int n = 0;
		for (int copy = 0; copy < 3; copy++) {
			for (DemoLists.Title title : DemoLists.TITLES) {
				n++;
				LocalDate added = today.minusDays(400 + random.nextInt(900));
				store(em, BookEntity.class, new Book(0, String.format("QF-%03d", n), title.title(),
						title.author().isEmpty() ? null : title.author(), title.publisher(), title.category(), added,
						null));
			}
		}
		return n;
	}

	private static int recommendations(EntityManager em, LocalDate today) {
		String[] titles = { "苏东坡传", "曾国藩家书", "邹碧华", "围猎与反围猎", "红色家风故事", "法官如何思考", "焦裕禄" };
		for (int i = 0; i < titles.length; i++) {
			LocalDate date = today.minusDays(20 + 50L * i);
			store(em, RecommendationEntity.class, new BookRecommendation(0, String.format("TJ%d-%02d", date.getYear(),
					titles.length - i), titles[i], date, CHANNELS[i % CHANNELS.length], "政治部（督察室）",
					"清风书吧第 " + (titles.length - i) + " 期好书推荐：《" + titles[i] + "》"));
		}
		return titles.length;
	}

	/** @return talks and disposition counts */
	private static int[] talksAndDispositions(EntityManager em, Random random, LocalDate today, List<Staff> serving) {
		List<Staff> pool = new ArrayList<>(serving.stream().filter(s -> !HEADS.contains(s.position())).toList());
		java.util.Collections.shuffle(pool, random);
		int talks = 0;
		int dispositions = 0;
		int person = 0;
		// 32 staff: a reminder talk or criticism-and-education in the last twelve months
		for (; person < 32; person++) {
			Staff s = pool.get(person);
			LocalDate date = today.minusDays(10 + random.nextInt(340));
			DispositionType type = person % 3 == 0 ? DispositionType.CRITICISM_EDUCATION : DispositionType.TALK_REMINDER;
			String reason = REASONS[random.nextInt(REASONS.length)];
			store(em, DispositionEntity.class, new Disposition(0,
					String.format("CL%d-%03d", date.getYear(), ++dispositions), s.staffNo(), type, date, reason,
					"政治部（督察室）", null));
			if (person < 12) {
				// the talk that went with it; every fourth one escalated to the leader in charge
				TalkEntity first = talk(em, ++talks, s, TalkLevel.DEPARTMENT_HEAD_REMINDER, date.minusDays(3),
						head(serving, s.departmentCode()), reason, null);
				if (person % 4 == 0) {
					talk(em, ++talks, s, TalkLevel.LEADER_FOCUSED, date.plusDays(7), deputy(serving, s),
							"提醒谈后问题未整改到位：" + reason, first.id());
				}
			}
		}
		Staff selfExamination = pool.get(person++);
		LocalDate date = today.minusDays(60);
		store(em, DispositionEntity.class, new Disposition(0,
				String.format("CL%d-%03d", date.getYear(), ++dispositions), selfExamination.staffNo(),
				DispositionType.WRITTEN_SELF_EXAMINATION, date, "违规使用公车办理私事", "院党组", "已提交书面检查"));
		for (int i = 0; i < 3; i++) {
			Staff s = pool.get(person++);
			LocalDate first = today.minusDays(200 - 30L * i);
			TalkEntity reminder = talk(em, ++talks, s, TalkLevel.DEPARTMENT_HEAD_REMINDER, first,
					head(serving, s.departmentCode()), "长期不在岗，工作纪律松弛", null);
			TalkEntity focused = talk(em, ++talks, s, TalkLevel.LEADER_FOCUSED, first.plusDays(20), deputy(serving, s),
					"提醒谈后仍多次无故缺勤", reminder.id());
			talk(em, ++talks, s, TalkLevel.PARTY_GROUP_ACCOUNTABILITY, first.plusDays(45), president(serving),
					"经重点谈后仍未改正，严重影响审判执行工作", focused.id());
			LocalDate resign = first.plusDays(60);
			store(em, DispositionEntity.class, new Disposition(0, String.format("CL%d-%03d", resign.getYear(),
					++dispositions), s.staffNo(), DispositionType.ORDERED_TO_RESIGN, resign,
					"长期无故缺勤，经三级约谈仍不改正", "院党组", null));
		}
		return new int[] { talks, dispositions };
	}

	private static TalkEntity talk(EntityManager em, int n, Staff s, TalkLevel level, LocalDate date, Talker heldBy,
			String reason, Long from) {
		TalkEntity entity = store(em, TalkEntity.class, new Talk(0, String.format("YT%d-%03d", date.getYear(), n),
				s.staffNo(), level, date, heldBy.printed(), heldBy.staffNo(), reason, "指出存在的问题，听取本人说明，提出整改要求",
				"一个月内由部门廉政监察员回访", from, 0));
		em.flush();
		return entity;
	}

	/** Stores the record as a new row of the type. */
	private static <R extends Record, E extends RecordRow<R>> E store(EntityManager em, Class<E> type, R record) {
		E row = RecordRow.of(type, record);
		em.persist(row);
		return row;
	}

	/** Who held a talk: the staff member (null when the demo court has none for the post) and the printed text. */
	private record Talker(String staffNo, String printed) {

		static Talker of(Staff s, String post) {
			return new Talker(s.staffNo(), post + " " + s.name());
		}
	}

	/** The head of the department (庭长, 局长, ...). */
	private static Talker head(List<Staff> serving, String department) {
		return serving.stream().filter(s -> s.departmentCode().equals(department) && HEADS.contains(s.position()))
				.findFirst().map(s -> Talker.of(s, s.position())).orElse(new Talker(null, "部门负责人"));
	}

	/** The vice president in charge of the person's department (one of the court's 副院长, never the person). */
	private static Talker deputy(List<Staff> serving, Staff talkedTo) {
		List<Staff> deputies = serving.stream().filter(s -> s.position().equals("副院长") && !s.equals(talkedTo))
				.toList();
		if (deputies.isEmpty()) {
			return new Talker(null, "分管副院长");
		}
		// each department has its own one among them, the same on every run
		int inCharge = Math.floorMod(talkedTo.departmentCode().hashCode(), deputies.size());
		return Talker.of(deputies.get(inCharge), "分管副院长");
	}

	/** The court's president, who holds the party group's accountability talk. */
	private static Talker president(List<Staff> serving) {
		return serving.stream().filter(s -> s.position().equals("院长")).findFirst()
				.map(s -> Talker.of(s, "院党组书记、院长")).orElse(new Talker(null, "院党组书记、院长"));
	}

	private static int activities(EntityManager em, Random random, LocalDate today, List<Staff> serving) {
		String[][] activities = { { "家庭助廉", "“清风传家”廉洁家书征集活动" }, { "警示教育", "旁听职务犯罪案件庭审警示教育" },
				{ "主题活动", "廉政教育月“清风书吧”读书分享会" } };
		for (int i = 0; i < activities.length; i++) {
			Set<String> participants = new LinkedHashSet<>();
			while (participants.size() < 25) {
				participants.add(serving.get(random.nextInt(serving.size())).staffNo());
			}
			LocalDate date = today.minusDays(40 + 90L * i);
			store(em, ActivityEntity.class, new EducationActivity(0, String.format("HD%d-%02d", date.getYear(), i + 1),
					activities[i][1], activities[i][0], date, "政治部（督察室）组织，" + participants.size() + " 名干警参加",
					participants));
		}
		return activities.length;
	}

	private static int analyses(EntityManager em, LocalDate today, List<Staff> serving) {
		Set<String> departments = new HashSet<>();
		serving.forEach(s -> departments.add(s.departmentCode()));
		int n = 0;
		Period current = Period.quarterOf(today);
		for (int back = 1; back <= 4; back++) {
			Period quarter = Period.quarterOf(current.from().minusMonths(3L * back));
			int q = (quarter.from().getMonthValue() - 1) / 3 + 1;
			for (String department : departments.stream().sorted().toList()) {
				n++;
				store(em, AnalysisEntity.class, new IdeologyAnalysis(0, department, quarter.from().getYear(), q,
						quarter.to(), "干警思想总体稳定，工作积极性较高；个别年轻干警办案压力较大，存在畏难情绪。",
						"部门负责人开展谈心谈话，廉政监察员加强日常提醒，业务导师结对帮扶。"));
			}
		}
		return n;
	}
}
