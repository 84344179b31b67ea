package ducha.petitions.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionTargets;

/** 超期信访件. */
@Component
public class OverduePetitionsTile implements DashboardTile {

	@Reference
	private PetitionService petitions;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "petitions.overdue";
	}

	@Override
	public String title() {
		return "超期信访件";
	}

	@Override
	public int order() {
		return 220;
	}

	@Override
	public TileValue compute(Principal viewer) {
		return PetitionTiles.count(petitions, authorization, viewer,
				PetitionTiles.OVERDUE, "已过办理期限", TileValue.Level.ALERT);
	}

	@Override
	public String target() {
		return PetitionTargets.LIST;
	}
}
