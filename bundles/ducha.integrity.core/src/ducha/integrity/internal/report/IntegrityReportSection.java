package ducha.integrity.internal.report;

import ducha.core.jpa.Jpa;
import ducha.integrity.internal.Messages;

import ducha.integrity.internal.jpa.IntegrityUnit;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.integrity.DispositionType;
import ducha.integrity.IntegrityPermissions;

/**
 * The {@code integrity.*} figures of REPORT-METRICS.md. Disposition figures count distinct staff with such a
 * disposition dated in the period; list figures count what is in force (in the corner) on the period's last day.
 */
@Component
public class IntegrityReportSection implements ReportSection {

	@Reference(target = IntegrityUnit.TARGET)
	private EntityManagerFactory emf;

	@Override
	public String section() {
		return "integrity";
	}

	@Override
	public String title() {
		return Messages.sectionTitle;
	}

	@Override
	public int order() {
		return 60;
	}

	/** Only for readers who may read the talks and dispositions it counts in the plugin's own views. */
	@Override
	public String readPermission() {
		return IntegrityPermissions.RECORDS_READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return Jpa.read(emf, em -> List.of(
				new ReportFigure("integrity.talks_criticism", staffWith(em, period,
						Set.of(DispositionType.TALK_REMINDER, DispositionType.CRITICISM_EDUCATION)),
						Messages.figureTalksCriticism),
				new ReportFigure("integrity.written_self_examinations", staffWith(em, period,
						Set.of(DispositionType.WRITTEN_SELF_EXAMINATION)), Messages.figureSelfExamination),
				new ReportFigure("integrity.ordered_to_resign", staffWith(em, period,
						Set.of(DispositionType.ORDERED_TO_RESIGN)), Messages.figureResignation),
				new ReportFigure("integrity.risk_measures", inForce(em, "RiskMeasureEntity", "retiredDate",
						period.to()), Messages.figureMeasures),
				new ReportFigure("integrity.rules", inForce(em, "RuleEntity", "repealedDate", period.to()),
						Messages.figureRules),
				new ReportFigure("integrity.books", em.createQuery("select count(b) from BookEntity b where"
						+ " b.addedDate <= :end and (b.removedDate is null or b.removedDate > :end)", Long.class)
						.setParameter("end", period.to()).getSingleResult(), Messages.figureBooks),
				new ReportFigure("integrity.book_recommendations", em.createQuery("select count(r) from"
						+ " RecommendationEntity r where r.date between :from and :to", Long.class)
						.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult(),
						Messages.figureRecommendations)));
	}

	private static long staffWith(EntityManager em, Period period, Set<DispositionType> types) {
		return em.createQuery("select count(distinct d.staffNo) from DispositionEntity d where d.type in :types"
				+ " and d.date between :from and :to", Long.class).setParameter("types", types)
				.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
	}

	private static long inForce(EntityManager em, String entity, String endField, LocalDate end) {
		return em.createQuery("select count(e) from " + entity + " e where e.effectiveDate <= :end and (e."
				+ endField + " is null or e." + endField + " > :end)", Long.class).setParameter("end", end)
				.getSingleResult();
	}
}
