package ducha.study.internal.reviews;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.Department;
import ducha.core.directory.EmploymentStatus;
import ducha.core.directory.Staff;
import ducha.core.jpa.Jpa;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.study.Review;
import ducha.study.ReviewAssignment;
import ducha.study.ReviewProblem;
import ducha.study.ReviewRotation;
import ducha.study.RotationProposal;
import ducha.study.StudyKind;
import ducha.study.StudySession;
import ducha.study.internal.jpa.AssignmentEntity;
import ducha.study.internal.jpa.ReviewEntity;
import ducha.study.internal.jpa.SessionEntity;

/**
 * The demo court's study year: over the last twelve months each department's monthly 支部三会一课 and 第一议题, the
 * leadership's central-group sessions and some self-study; each month's review assignment as the rotation proposes
 * it (whatever valid proposal it makes); and the reviews of every past month's assignment and of half of this
 * month's, some with problems, the older ones verified.
 */
@Component
public class ReviewsDemoSeeder implements DemoSeeder {

	private static final String[] TOPICS = { "学习习近平新时代中国特色社会主义思想", "学习习近平法治思想", "学习党的二十大报告精神",
			"学习《中国共产党纪律处分条例》", "学习新修订的《人民法院组织法》", "学习最高人民法院工作报告", "学习“公正与效率”工作主题要求",
			"学习中央八项规定及其实施细则精神", "学习《法官职业道德基本准则》", "学习习近平总书记关于政法工作的重要论述", "学习全国法院院长会议精神",
			"学习典型违纪违法案例通报" };
	private static final String[][] PROBLEMS = { { "学习记录过于简单，只记标题，未体现研讨发言内容", "补充研讨发言记录，今后如实记录交流研讨情况" },
			{ "部分干警未参加集中学习，也无补学记录", "组织缺学人员补学并登记补学记录" },
			{ "第一议题学习未在当月部门会议中落实", "在下次部门会议上补学第一议题，并记录传达情况" },
			{ "个人自学笔记篇幅少，学习心得流于形式", "督促干警按要求撰写学习心得，部门负责人签阅" },
			{ "学习记录缺少签到表等佐证材料", "补充签到表并作为附件上传" } };

	@Reference
	private ReviewsUnit unit;

	@Reference
	private Reviewers reviewers;

	@Override
	public String id() {
		return "study-reviews";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void seed(DemoContext context) {
		Random random = context.random();
		LocalDate today = context.today();
		Map<String, List<Staff>> staff = new HashMap<>();
		context.staff().stream().filter(s -> s.status() == EmploymentStatus.ACTIVE)
				.forEach(s -> staff.computeIfAbsent(s.departmentCode(), d -> new ArrayList<>()).add(s));
		List<String> departments = unit.directory.departments().stream().filter(Department::active)
				.map(Department::code).filter(staff::containsKey).toList();
		YearMonth current = YearMonth.from(today);
		int sessions = Jpa.write(unit.emf, em -> sessions(em, random, today, departments, staff));
		context.log(NLS.bind(Messages.demoSessions, sessions));
		List<ReviewAssignment> history = new ArrayList<>();
		int reviews = 0;
		for (YearMonth month = current.minusMonths(11); !month.isAfter(current); month = month.plusMonths(1)) {
			RotationProposal proposal = ReviewRotation.propose(month, reviewers.of(month), departments,
					List.copyOf(history));
			history.addAll(proposal.assignments());
			YearMonth m = month;
			reviews += Jpa.write(unit.emf, em -> assignAndReview(em, random, today, m, proposal, staff));
		}
		context.log(NLS.bind(Messages.demoReviews, history.size(), reviews));
	}

	private static int sessions(EntityManager em, Random random, LocalDate today, List<String> departments,
			Map<String, List<Staff>> staff) {
		Map<Integer, Integer> numbers = new HashMap<>();
		int n = 0;
		for (int back = 11; back >= 0; back--) {
			YearMonth month = YearMonth.from(today).minusMonths(back);
			for (String department : departments) {
				List<Staff> members = staff.get(department);
				List<StudyKind> kinds = new ArrayList<>(List.of(StudyKind.BRANCH_MEETINGS, StudyKind.FIRST_TOPIC));
				if (department.equals("YLD")) {
					kinds.add(StudyKind.CENTRAL_GROUP);
				}
				if (random.nextInt(3) == 0) {
					kinds.add(StudyKind.SELF_STUDY);
				}
				for (StudyKind kind : kinds) {
					LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
					if (day.isAfter(today)) {
						continue;
					}
					List<String> attendees = kind == StudyKind.SELF_STUDY ? List.of(pick(random, members, 1).get(0))
							: pick(random, members, Math.max(1, members.size() - random.nextInt(3)));
					int number = numbers.merge(day.getYear(), 1, Integer::sum);
					String topic = TOPICS[random.nextInt(TOPICS.length)];
					em.persist(new SessionEntity(new StudySession(0, String.format("XX%d-%03d", day.getYear(), number),
							department, day, kind, topic, attendees, kind == StudyKind.SELF_STUDY ? 1 : 2,
							kind.label() + "：" + topic + "。由部门负责人主持，逐段领学原文，参加人员结合审判执行工作交流了学习体会。")));
					n++;
				}
			}
		}
		return n;
	}

	private static int assignAndReview(EntityManager em, Random random, LocalDate today, YearMonth month,
			RotationProposal proposal, Map<String, List<Staff>> staff) {
		boolean current = month.equals(YearMonth.from(today));
		int n = 0;
		for (ReviewAssignment line : proposal.assignments()) {
			em.persist(new AssignmentEntity(line));
			LocalDate day = month.atDay(Math.min(month.lengthOfMonth(), 18 + random.nextInt(10)));
			if (current && (day.isAfter(today) || random.nextBoolean())) {
				continue;
			}
			List<Staff> members = staff.get(line.departmentCode());
			List<String> covered = pick(random, members, Math.min(members.size(), 3 + random.nextInt(6)));
			List<ReviewProblem> problems = new ArrayList<>();
			for (int i = random.nextInt(4) - 1; i > 0; i--) {
				String[] p = PROBLEMS[random.nextInt(PROBLEMS.length)];
				LocalDate verified = day.plusDays(10 + random.nextInt(10));
				problems.add(verified.isBefore(today)
						? new ReviewProblem(0, p[0], p[1], "经核查，已按要求完成整改", verified)
						: ReviewProblem.of(p[0], p[1]));
			}
			long number = em.createQuery("select count(r) from ReviewEntity r where r.recordNo like :y", Long.class)
					.setParameter("y", "DY" + day.getYear() + "-%").getSingleResult() + 1;
			em.persist(new ReviewEntity(new Review(0, String.format("DY%d-%03d", day.getYear(), number), month,
					line.reviewerStaffNo(), line.departmentCode(), day, covered, problems)));
			em.flush();
			n++;
		}
		return n;
	}

	private static List<String> pick(Random random, List<Staff> members, int count) {
		List<Staff> shuffled = new ArrayList<>(members);
		Collections.shuffle(shuffled, random);
		return shuffled.subList(0, Math.min(count, shuffled.size())).stream().map(Staff::staffNo).sorted().toList();
	}
}
