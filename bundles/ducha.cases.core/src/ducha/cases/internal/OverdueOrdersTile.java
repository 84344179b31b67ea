package ducha.cases.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.cases.CasePermissions;
import ducha.cases.CasesTargets;
import ducha.cases.SupervisionService;
import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;

/** 超期督办: overdue supervision orders of the viewer's departments; red when there is any. */
@Component
public class OverdueOrdersTile implements DashboardTile {

	@Reference
	private SupervisionService supervision;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "cases.overdue-orders";
	}

	@Override
	public String title() {
		return "超期督办";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public TileValue compute(Principal viewer) {
		if (!authorization.isPermitted(viewer, CasePermissions.READ)) {
			return new TileValue("—", "无权查看督办", TileValue.Level.NORMAL);
		}
		long overdue = supervision.countOverdue(viewer);
		return new TileValue(String.valueOf(overdue), "件督办已过期限未办结，已逐级升级",
				overdue > 0 ? TileValue.Level.ALERT : TileValue.Level.NORMAL);
	}

	@Override
	public String target() {
		return CasesTargets.ORDERS;
	}
}
