package ducha.inspections.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.inspections.InspectionPermissions;

/**
 * The {@code inspections.*} figures of REPORT-METRICS.md: inspections carried out (every kind and mode, counted by
 * the inspection's date) and bulletins issued (by their date of issue) in the period.
 */
@Component
public class InspectionsReportSection implements ReportSection {

	@Reference
	private InspectionsContext context;

	@Override
	public String section() {
		return "inspections";
	}

	@Override
	public String title() {
		return Messages.sectionTitle;
	}

	@Override
	public int order() {
		return 40;
	}

	/** Only for readers who may read the inspections and findings it counts in the plugin's own views. */
	@Override
	public String readPermission() {
		return InspectionPermissions.READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return Jpa.read(context.emf, em -> {
			long inspections = em.createQuery("select count(i) from InspectionEntity i where i.at >= :from"
					+ " and i.at < :to", Long.class).setParameter("from", period.from().atStartOfDay())
					.setParameter("to", period.to().plusDays(1).atStartOfDay()).getSingleResult();
			long bulletins = em.createQuery("select count(b) from BulletinEntity b where b.issuedOn between :from"
					+ " and :to", Long.class).setParameter("from", period.from()).setParameter("to", period.to())
					.getSingleResult();
			return List.of(new ReportFigure("inspections.inspections", inspections, Messages.figureInspections),
					new ReportFigure("inspections.bulletins", bulletins, Messages.figureBulletins));
		});
	}
}
