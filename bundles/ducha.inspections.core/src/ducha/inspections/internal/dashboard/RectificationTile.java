package ducha.inspections.internal.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;
import ducha.inspections.Finding;
import ducha.inspections.InspectionService;
import ducha.inspections.InspectionTargets;
import ducha.inspections.internal.InspectionsContext;
import ducha.inspections.internal.Messages;

/** 督察整改: findings not yet verified that the viewer may see; an alert when one is past its deadline. */
@Component(service = DashboardTile.class)
public class RectificationTile extends DeclaredTile {

	@Reference
	private InspectionsContext context;

	@Reference
	private InspectionService inspections;

	public RectificationTile() {
		super("inspections.rectification", Messages.tileRectificationTitle, 810, InspectionTargets.RECTIFICATION);
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
		List<Finding> open = Visible.openFindings(context, inspections, viewer);
		LocalDate today = LocalDate.now();
		long overdue = open.stream().filter(f -> f.overdue(today)).count();
		return new TileValue(String.valueOf(open.size()), NLS.bind(Messages.tileRectificationDetail, overdue),
				overdue > 0 ? TileValue.Level.ALERT : TileValue.Level.NORMAL);
	}
}
