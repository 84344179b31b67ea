package ducha.integrity.internal.remind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.Reminder.Urgency;
import ducha.core.spi.Reminder;
import ducha.core.spi.ReminderSource;
import ducha.integrity.IntegrityPermissions;
import ducha.integrity.RiskListService;
import ducha.integrity.RiskMeasure;
import ducha.integrity.Rule;
import ducha.integrity.internal.Messages;
import ducha.integrity.internal.jpa.IntegrityUnit;
import ducha.integrity.internal.jpa.RuleEntity;
import ducha.integrity.IntegrityTargets;

/**
 * Reminders of periodic reviews: risk-control measures in force whose review date has passed (overdue) or comes
 * within the review window ({@link RiskMeasure#REVIEW_WINDOW_DAYS} days), and rules in force whose review cycle (counted in whole
 * cycles from the day they came into force) ends within that window. Rules keep no record of past reviews, so a
 * passed rule review is not shown as overdue. Only for viewers who may read the risk list and rules.
 */
@Component
public class RiskReviewReminders implements ReminderSource {

	public static final String ID = "integrity.risk-reviews";

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Reference
	private RiskListService riskList;

	@Override
	public String id() {
		return ID;
	}

	@Override
	public List<Reminder> reminders(Principal viewer, LocalDate today) {
		if (!authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ)) {
			return List.of();
		}
		LocalDate until = today.plusDays(RiskMeasure.REVIEW_WINDOW_DAYS);
		List<Reminder> reminders = new ArrayList<>();
		for (RiskMeasure m : riskList.dueForReview(today, RiskMeasure.REVIEW_WINDOW_DAYS, viewer)) {
			reminders.add(reminder(m, today));
		}
		for (Rule rule : rulesWithCycle(today)) {
			LocalDate due = nextReview(rule, today);
			if (!due.isAfter(until)) {
				reminders.add(reminder(rule, due, today));
			}
		}
		reminders.sort(Comparator.comparing(Reminder::urgency).thenComparing(Reminder::due)
				.thenComparing(Reminder::key));
		return reminders;
	}

	private List<Rule> rulesWithCycle(LocalDate today) {
		return Jpa.read(emf, em -> em.createQuery("select r from RuleEntity r where r.reviewCycleMonths is not null"
				+ " and r.effectiveDate <= :today and (r.repealedDate is null or r.repealedDate > :today)",
				RuleEntity.class).setParameter("today", today).getResultList().stream().map(RuleEntity::toRecord)
				.toList());
	}

	/** The first end of a whole review cycle on or after today. */
	static LocalDate nextReview(Rule rule, LocalDate today) {
		int cycle = rule.reviewCycleMonths();
		long cyclesPassed = ChronoUnit.MONTHS.between(rule.effectiveDate(), today) / cycle;
		LocalDate due = rule.effectiveDate().plusMonths(Math.max(1, cyclesPassed) * cycle);
		while (due.isBefore(today)) {
			due = due.plusMonths(cycle);
		}
		return due;
	}

	private static Reminder reminder(RiskMeasure m, LocalDate today) {
		String title = Reminder.deadlineTitle(m.recordNo(), m.reviewDate(), today, Messages.reminderMeasureOverdue,
				Messages.reminderMeasureToday, Messages.reminderMeasureDue);
		String detail = NLS.bind(Messages.reminderMeasureDetail,
				new Object[] { m.post(), m.riskPoint(), m.level().label(), m.owner(), m.reviewDate() });
		return new Reminder(ID, "measure:" + m.recordNo(), Reminder.urgencyOf(m.reviewDate(), today), title, detail,
				m.reviewDate(), IntegrityTargets.RISK_LIST);
	}

	private static Reminder reminder(Rule rule, LocalDate due, LocalDate today) {
		String title = Reminder.deadlineTitle(rule.title(), due, today, null, Messages.reminderRuleToday,
				Messages.reminderRuleDue);
		String cycle = NLS.bind(Messages.reminderRuleDetail, rule.reviewCycleMonths(), rule.effectiveDate(), due);
		String detail = rule.recordNo() == null ? cycle
				: NLS.bind(Messages.reminderRuleNumbered, rule.recordNo(), cycle);
		return new Reminder(ID, "rule:" + rule.recordNo(), Urgency.DUE_SOON, title, detail, due,
				IntegrityTargets.RULES);
	}
}
