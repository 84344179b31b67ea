package ducha.team.internal.mentoring;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.directory.SupervisorAssignment;
import ducha.core.directory.SupervisorRole;
import ducha.core.jpa.Jpa;
import ducha.core.spi.DemoContext;
import ducha.core.spi.DemoSeeder;
import ducha.team.Mentorship;
import ducha.team.Milestone;
import ducha.team.ShadowedItem;
import ducha.team.ShadowedItem.Kind;
import ducha.team.internal.jpa.MentorshipEntity;
import ducha.team.internal.meetings.MeetingsContext;

/**
 * Two mentorships of the demo court: the office director mentored a political supervisor from ten months ago (every
 * milestone reached, signed off); a full-time supervisor mentors an integrity supervisor now, one milestone past
 * its due date.
 */
@Component
public class MentoringDemoSeeder implements DemoSeeder {

	private static final String PLAN = "学习督察工作制度和廉政监察工作规范；跟班参与日常督察、案件评查后的提醒谈话和整改跟踪；"
			+ "独立完成一次部门廉政风险排查并形成报告。";

	@Reference
	private MeetingsContext context;

	@Override
	public String id() {
		return "team-mentoring";
	}

	@Override
	public int order() {
		return 93;
	}

	@Override
	public void seed(DemoContext demo) {
		LocalDate today = demo.today();
		List<SupervisorAssignment> held = context.supervisors.heldOn(null, today.minusMonths(10));
		String director = first(held, SupervisorRole.OFFICE_DIRECTOR);
		String fullTime = first(held, SupervisorRole.FULL_TIME_SUPERVISOR);
		SupervisorAssignment political = held.stream().filter(a -> a.role() == SupervisorRole.POLITICAL_SUPERVISOR)
				.findFirst().orElse(null);
		// the integrity supervisor of another department than the political supervisor's
		SupervisorAssignment integrity = held.stream().filter(a -> a.role() == SupervisorRole.INTEGRITY_SUPERVISOR
				&& (political == null || !political.departmentCode().equals(a.departmentCode()))).findFirst()
				.orElse(null);
		if (director == null || fullTime == null || political == null || integrity == null) {
			return;
		}
		LocalDate past = today.minusMonths(10);
		Mentorship done = new Mentorship(0, director, political.staffNo(), past, past.plusMonths(6), PLAN,
				List.of(new Milestone("学习督察工作制度并通过测试", past.plusMonths(1), past.plusMonths(1).minusDays(3)),
						new Milestone("跟班参与两次日常督察", past.plusMonths(3), past.plusMonths(3).minusDays(10)),
						new Milestone("独立完成部门廉政风险排查报告", past.plusMonths(6), past.plusMonths(6).minusDays(5))),
				List.of(new ShadowedItem(Kind.INSPECTION, "DC" + past.plusMonths(2).getYear() + "-012",
						past.plusMonths(2), "跟随督察组开展窗口作风暗访，负责记录"),
						new ShadowedItem(Kind.CASE, "（" + past.getYear() + "）川0724民初1234号", past.plusMonths(4),
								"旁听评查问题提醒谈话，协助制作谈话笔录")),
				past.plusMonths(6).plusDays(3), "培养方案各项内容均已完成，能够独立开展政治督导工作。");
		LocalDate now = today.minusMonths(2);
		Mentorship ongoing = new Mentorship(0, fullTime, integrity.staffNo(), now, now.plusMonths(4), PLAN,
				List.of(new Milestone("学习廉政监察工作规范", now.plusDays(20), now.plusDays(18)),
						new Milestone("跟班参与一次整改跟踪", today.minusDays(7), null),
						new Milestone("独立完成部门廉政风险排查报告", now.plusMonths(4), null)),
				List.of(new ShadowedItem(Kind.CASE, "（" + now.getYear() + "）川0724执1088号", now.plusDays(25),
						"跟踪执行案款发放问题的整改")),
				null, null);
		Jpa.run(context.emf, em -> {
			em.persist(new MentorshipEntity(done));
			em.persist(new MentorshipEntity(ongoing));
		});
		demo.log(NLS.bind(Messages.demoMentorships, 2));
	}

	/** 工号 of the first holder of the role, or null. */
	private static String first(List<SupervisorAssignment> held, SupervisorRole role) {
		return held.stream().filter(a -> a.role() == role).map(SupervisorAssignment::staffNo).findFirst().orElse(null);
	}
}
