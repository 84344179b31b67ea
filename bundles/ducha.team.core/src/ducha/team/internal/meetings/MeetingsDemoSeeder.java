package ducha.team.internal.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.jpa.Jpa;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.team.MeetingProblem;
import ducha.team.ProblemAnalysis;
import ducha.team.WorkMeeting;
import ducha.team.internal.jpa.MeetingEntity;
import ducha.team.internal.jpa.MeetingProblemEntity;

/**
 * The demo court's year of work meetings: the second Wednesday of each of the last twelve months, chaired by the
 * office director, attended by everyone holding a supervision role that day; problems raised by the political and
 * integrity supervisors about their departments, analysed at the meeting, most resolved one to three months later
 * (so carried over meetings), those of the last months open, and one left open past its due date.
 */
@Component
public class MeetingsDemoSeeder implements DemoSeeder {

	private static final String[][] PROBLEMS = {
			{ "部门廉政风险点清单未随岗位调整及时更新", "岗位调整后未同步梳理风险点，部门对清单的动态管理重视不够", "重新梳理岗位廉政风险点并报督察室备案",
					"已完成风险点重新梳理，清单报督察室备案" },
			{ "部分干警对“三个规定”记录报告制度理解不准确，存在漏报", "日常学习停留在传达层面，缺少案例解读", "组织专题学习并逐人签订知悉承诺书",
					"已组织专题学习，全员签订承诺书" },
			{ "审判流程节点超期提醒未落实到承办人", "提醒信息只推送到部门负责人，未逐级传达", "建立节点超期提醒台账，每周通报",
					"提醒台账已建立并每周通报，超期节点明显减少" },
			{ "廉政监察员列席部门会议次数不足，监督滞后", "部门会议通知未抄送廉政监察员", "部门会议通知抄送廉政监察员，按月统计列席情况",
					"已落实会议通知抄送，列席率达到要求" },
			{ "执行案款发放不及时，当事人多次来电催问", "案款到账后核对环节多、责任不明确", "明确案款发放时限和责任人，每月抽查",
					"案款发放时限已明确，抽查未发现超期" },
			{ "窗口工作人员作风督察中发现迟到现象", "考勤制度执行不严，部门未开展提醒", "部门负责人开展提醒谈话，严格执行考勤",
					"已开展提醒谈话，复查未再发现迟到" },
			{ "政治督导员调阅学习记录时发现记录内容雷同", "部分干警照抄学习材料，缺少个人体会", "要求重新撰写学习体会，部门负责人签阅",
					"已重新撰写并签阅" },
			{ "诉讼服务中心涉诉信访登记不规范", "登记信息项不全，未统一登记模板", "统一信访登记模板并开展培训", "模板已统一，培训已完成" } };

	@Reference
	private MeetingsContext context;

	@Override
	public String id() {
		return "team-meetings";
	}

	@Override
	public int order() {
		return 92;
	}

	@Override
	public void seed(DemoContext demo) {
		Random random = demo.random();
		LocalDate today = demo.today();
		YearMonth current = YearMonth.from(today);
		int[] counts = new int[2];
		for (YearMonth month = current.minusMonths(11); !month.isAfter(current); month = month.plusMonths(1)) {
			LocalDate day = secondWednesday(month);
			if (day.isAfter(today)) {
				continue;
			}
			int back = (int) ChronoUnit.MONTHS.between(month, current);
			int problems = Jpa.write(context.emf, em -> meet(em, random, today, day, back));
			if (problems >= 0) {
				counts[0]++;
				counts[1] += problems;
			}
		}
		demo.log(NLS.bind(Messages.demoMeetings, counts[0], counts[1]));
	}

	private static LocalDate secondWednesday(YearMonth month) {
		LocalDate day = month.atDay(8);
		while (day.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** The meeting of the day with its problems; -1 when nobody held a role that day. */
	private int meet(EntityManager em, Random random, LocalDate today, LocalDate day, int monthsBack) {
		List<SupervisorAssignment> held = context.supervisors.heldOn(null, day);
		List<SupervisorAssignment> raisers = held.stream().filter(a -> a.departmentCode() != null
				&& (a.role() == SupervisorRole.POLITICAL_SUPERVISOR || a.role() == SupervisorRole.INTEGRITY_SUPERVISOR))
				.toList();
		if (raisers.isEmpty()) {
			return -1;
		}
		String chair = held.stream().filter(a -> a.role() == SupervisorRole.OFFICE_DIRECTOR)
				.map(SupervisorAssignment::staffNo).findFirst().orElse(null);
		MeetingEntity meeting = new MeetingEntity(WorkMeeting.of(day, WorkMeeting.MONTHLY, chair,
				held.stream().map(SupervisorAssignment::staffNo).distinct().toList(),
				"通报上月政治督导、廉政监察工作情况，交流履职中遇到的困难，对提出的问题逐一分析研讨、明确解决措施和责任人，"
						+ "对往次例会转入的问题逐项督促销号。"));
		em.persist(meeting);
		int count = monthsBack == 0 ? 2 : 1 + random.nextInt(2);
		List<MeetingProblemEntity> raised = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			SupervisorAssignment raiser = raisers.get(random.nextInt(raisers.size()));
			String[] text = PROBLEMS[random.nextInt(PROBLEMS.length)];
			MeetingProblem problem = MeetingProblem.raise(day, raiser.staffNo(), text[0], raiser.departmentCode());
			boolean analysed = !(monthsBack == 0 && i == 1);
			// the last two months' problems are open and not yet due; of three months ago the first is open past its
			// due date; the others were resolved one to three months later (by today), carried over the meetings between
			int days = monthsBack == 1 || monthsBack == 2 ? 100 : 30;
			if (analysed) {
				problem = problem.with(new ProblemAnalysis(text[1], day, text[2], owner(held, raiser), day.plusDays(days)));
			}
			LocalDate resolved = day.plusDays(25 + random.nextInt(60));
			boolean open = monthsBack < 3 || monthsBack == 3 && i == 0;
			if (analysed && !open) {
				problem = problem.resolvedOn(resolved.isAfter(today) ? today : resolved, text[3]);
			}
			raised.add(meeting.raise(problem));
		}
		return raised.size();
	}

	/** The department's integrity supervisor, who follows the resolution; the one who raised it if there is none. */
	private static String owner(List<SupervisorAssignment> held, SupervisorAssignment raiser) {
		return held.stream().filter(a -> a.role() == SupervisorRole.INTEGRITY_SUPERVISOR
				&& raiser.departmentCode().equals(a.departmentCode())).map(SupervisorAssignment::staffNo).findFirst()
				.orElse(raiser.staffNo());
	}
}
