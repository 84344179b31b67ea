package ducha.inspections.internal.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.period.Period;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.inspections.Inspection;
import ducha.inspections.InspectionMode;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionTargets;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/** 本月督察: the month's inspections the viewer may see, by mode (明察/暗访) and source (现场/云督察). */
@Component(service = DashboardTile.class)
public class ThisMonthTile extends DeclaredTile {

	@Reference
	private InspectionsContext context;

	@Reference
	private InspectionService inspections;

	public ThisMonthTile() {
		super("inspections.this-month", Messages.tileMonthTitle, 800, InspectionTargets.REGISTER);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return Visible.concerns(context, viewer);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.tileNotPermitted, TileValue.Level.NORMAL);
		}
		List<Inspection> month = Visible.inspections(context, inspections,
				Period.month(YearMonth.from(LocalDate.now())), viewer);
		long open = month.stream().filter(i -> i.mode() == InspectionMode.OPEN).count();
		long cloud = month.stream().filter(i -> i.source().cloud()).count();
		return new TileValue(String.valueOf(month.size()), NLS.bind(Messages.tileMonthDetail, new Object[] { open,
				month.size() - open, month.size() - cloud, cloud }), TileValue.Level.NORMAL);
	}
}
