package ducha.integrity.internal.report;

import ducha.core.jpa.Jpa;

import ducha.integrity.IntegrityTargets;
import ducha.integrity.internal.jpa.IntegrityUnit;

import java.time.LocalDate;

import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import ducha.integrity.IntegrityPermissions;

/** 风险措施待复核: measures in force whose periodic review falls within the next 30 days or is overdue. */
@Component
public class RiskReviewTile implements DashboardTile {

	/** How far ahead a review counts as due. */
	public static final int DUE_WITHIN_DAYS = 30;

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "integrity.risk-review";
	}

	@Override
	public String title() {
		return "风险措施待复核";
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!authorization.isPermitted(viewer, IntegrityPermissions.RECORDS_READ)) {
			return new TileValue("—", "无权查看风险防控清单", TileValue.Level.NORMAL);
		}
		LocalDate today = LocalDate.now();
		String inForce = " and m.effectiveDate <= :today and (m.retiredDate is null or m.retiredDate > :today)";
		long due = count("select count(m) from RiskMeasureEntity m where m.reviewDate <= :until" + inForce, today,
				today.plusDays(DUE_WITHIN_DAYS));
		long overdue = count("select count(m) from RiskMeasureEntity m where m.reviewDate < :until" + inForce, today,
				today);
		TileValue.Level level = overdue > 0 ? TileValue.Level.ALERT
				: due > 0 ? TileValue.Level.WARNING : TileValue.Level.NORMAL;
		return new TileValue(String.valueOf(due), DUE_WITHIN_DAYS + " 天内到期，其中已逾期 " + overdue + " 项", level);
	}

	private long count(String jpql, LocalDate today, LocalDate until) {
		return Jpa.read(emf, em -> em.createQuery(jpql, Long.class).setParameter("today", today)
				.setParameter("until", until).getSingleResult());
	}

	@Override
	public String target() {
		return IntegrityTargets.RISK_LIST;
	}
}
