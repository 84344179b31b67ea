package ducha.cases.internal;

import ducha.cases.CasePermissions;
import ducha.core.jpa.Jpa;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import jakarta.persistence.EntityManagerFactory;

/**
 * The {@code cases.*} figures of REPORT-METRICS.md: bulletins issued in the period and the departments and staff
 * named in their findings; reminder talks held and rectification follow-ups opened in the period.
 */
@Component
public class CasesReportSection implements ReportSection {

	@Reference(target = "(osgi.unit.name=ducha.cases)")
	private EntityManagerFactory emf;

	@Override
	public String section() {
		return "cases";
	}

	@Override
	public String title() {
		return "审判监督";
	}

	@Override
	public int order() {
		return 30;
	}

	/** Only for readers who may read the cases, orders and reviews it counts in the plugin's own views. */
	@Override
	public String readPermission() {
		return CasePermissions.READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return Jpa.read(emf, em -> {
			String inBulletins = " from FindingEntity f, BulletinEntity b where f.bulletinId = b.id"
					+ " and b.issuedDate between :from and :to";
			long bulletins = count(em.createQuery("select count(b) from BulletinEntity b where b.issuedDate between"
					+ " :from and :to", Long.class), period);
			long departments = count(em.createQuery("select count(distinct f.departmentCode)" + inBulletins,
					Long.class), period);
			long staff = count(em.createQuery("select count(distinct f.staffNo)" + inBulletins, Long.class), period);
			long talks = count(em.createQuery("select count(t) from TalkEntity t where t.date between :from and :to",
					Long.class), period);
			long followups = count(em.createQuery("select count(u) from FollowupEntity u where u.openedDate between"
					+ " :from and :to", Long.class), period);
			return List.of(new ReportFigure("cases.bulletins", bulletins, "案件通报（期）"),
					new ReportFigure("cases.departments_involved", departments, "通报涉及部门（个）"),
					new ReportFigure("cases.staff_involved", staff, "通报涉及干警（人）"),
					new ReportFigure("cases.reminder_talks", talks, "提醒谈话（次）"),
					new ReportFigure("cases.followups", followups, "跟踪督办整改（件）"));
		});
	}

	private static long count(jakarta.persistence.TypedQuery<Long> query, Period period) {
		return query.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
	}
}
