package ducha.cases.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CasesTargets;
import ducha.cases.SupervisionService;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.DeclaredTile;
import ducha.core.spi.TileValue;

/**
 * 超期督办: overdue supervision orders of the viewer's departments; red when there is any. A click opens 督办
 * showing the overdue orders, the ones it counts.
 */
@Component(service = DashboardTile.class)
public class OverdueOrdersTile extends DeclaredTile {

	@Reference
	private SupervisionService supervision;

	@Reference
	private AuthorizationService authorization;

	public OverdueOrdersTile() {
		super("cases.overdue-orders", Messages.tileOverdueOrders, 30, CasesTargets.OVERDUE_ORDERS);
	}

	/** Only for viewers who may read what it counts: the home page leaves it out for the others. */
	@Override
	public boolean concerns(Principal viewer) {
		return authorization.isPermitted(viewer, CasePermissions.READ);
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!concerns(viewer)) {
			return new TileValue("—", Messages.noRightToSeeOrders, TileValue.Level.NORMAL);
		}
		long overdue = supervision.countOverdue(viewer);
		return new TileValue(String.valueOf(overdue), Messages.overdueOrdersCaption,
				overdue > 0 ? TileValue.Level.ALERT : TileValue.Level.NORMAL);
	}
}
