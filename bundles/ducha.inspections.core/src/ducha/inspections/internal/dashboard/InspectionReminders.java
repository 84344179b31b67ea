package ducha.inspections.internal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.inspections.Finding;
import ducha.inspections.InspectionPlan;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionTargets;
import ducha.inspections.PlanService;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/**
 * The plugin's reminders: for the office, planned inspections due within {@value #PLAN_DAYS} days or overdue and
 * rectifications reported but not verified; for whoever sees a finding, its rectification deadline within
 * {@value #RECTIFICATION_DAYS} days or past while nothing was reported.
 */
@Component
public class InspectionReminders implements ReminderSource {

	static final int PLAN_DAYS = 7;
	static final int RECTIFICATION_DAYS = 3;

	@Reference
	private InspectionsContext context;

	@Reference
	private InspectionService inspections;

	@Reference
	private PlanService plans;

	@Override
	public String id() {
		return "inspections";
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		List<Reminder> reminders = new ArrayList<>();
		if (context.mayManage(viewer)) {
			for (InspectionPlan p : plans.due(today, PLAN_DAYS, viewer)) {
				String what = p.planNo() + " " + p.kind().label() + "（" + p.subject().label() + "）";
				reminders.add(new Reminder(id(), "plan:" + p.planNo(), Reminder.urgencyOf(p.due(), today),
						Reminder.deadlineTitle(what, p.due(), today, Messages.reminderPlanOverdue,
								Messages.reminderPlanToday, Messages.reminderPlanDueIn),
						p.assignee(), p.due(), InspectionTargets.PLANS));
			}
		}
		for (Finding f : Visible.openFindings(context, inspections, viewer)) {
			String what = f.findingNo() + " " + context.departmentName(f.departmentCode());
			if (f.rectifiedOn() != null) {
				if (context.mayManage(viewer)) {
					reminders.add(new Reminder(id(), "verify:" + f.findingNo(), Reminder.Urgency.INFO,
							NLS.bind(Messages.reminderVerify, what), f.description(), f.deadline(),
							InspectionTargets.RECTIFICATION));
				}
			} else if (!f.deadline().isAfter(today.plusDays(RECTIFICATION_DAYS))) {
				reminders.add(new Reminder(id(), "finding:" + f.findingNo(), Reminder.urgencyOf(f.deadline(), today),
						Reminder.deadlineTitle(what, f.deadline(), today, Messages.reminderRectificationOverdue,
								Messages.reminderRectificationToday, Messages.reminderRectificationDueIn),
						f.description(), f.deadline(), InspectionTargets.RECTIFICATION));
			}
		}
		reminders.sort(Comparator.comparing(Reminder::urgency).thenComparing(r -> r.due() == null ? today : r.due()));
		return reminders;
	}
}
