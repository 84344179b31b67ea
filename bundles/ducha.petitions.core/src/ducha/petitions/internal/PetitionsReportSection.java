package ducha.petitions.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.jpa.Jpa;
import ducha.core.period.Period;
import ducha.core.spi.ReportFigure;
import ducha.core.spi.ReportSection;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionState;

/** Section {@code petitions} of the annual report, exactly the keys of REPORT-METRICS.md. */
@Component
public class PetitionsReportSection implements ReportSection {

	@Reference
	private PetitionsUnit unit;

	@Override
	public String section() {
		return "petitions";
	}

	@Override
	public String title() {
		return Messages.reportTitle;
	}

	@Override
	public int order() {
		return 50;
	}

	/** Complaints about staff, even counted, are for those who may read petitions (issue 11). */
	@Override
	public String readPermission() {
		return PetitionPermissions.READ;
	}

	@Override
	public List<ReportFigure> figures(Period period) {
		return Jpa.read(unit.emf(), em -> {
			long received = em.createQuery(
					"select count(p) from PetitionEntity p where p.receivedOn between :from and :to", Long.class)
					.setParameter("from", period.from()).setParameter("to", period.to()).getSingleResult();
			long disposed = em.createQuery("select count(p) from PetitionEntity p"
					+ " where p.receivedOn between :from and :to and p.state in :done and p.disposedOn <= :to",
					Long.class).setParameter("from", period.from()).setParameter("to", period.to())
					.setParameter("done", List.of(PetitionState.DISPOSED, PetitionState.CLOSED)).getSingleResult();
			long cleared = em.createQuery("select count(distinct c.staffNo) from ClearanceEntity c"
					+ " where c.clearedOn between :from and :to", Long.class).setParameter("from", period.from())
					.setParameter("to", period.to()).getSingleResult();
			return List.of(new ReportFigure("petitions.received", received, Messages.figureReceived),
					new ReportFigure("petitions.disposed", disposed, Messages.figureDisposed),
					new ReportFigure("petitions.cleared_staff", cleared, Messages.figureCleared));
		});
	}
}
