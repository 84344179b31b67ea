package ducha.petitions.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionTargets;

/** 在办信访件. */
@Component
public class OpenPetitionsTile implements DashboardTile {

	@Reference
	private PetitionService petitions;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "petitions.open";
	}

	@Override
	public String title() {
		return "在办信访件";
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public TileValue compute(Principal viewer) {
		return PetitionTiles.count(petitions, authorization, viewer,
				PetitionTiles.OPEN, "已登记未处置", TileValue.Level.NORMAL);
	}

	@Override
	public String target() {
		return PetitionTargets.LIST;
	}
}
