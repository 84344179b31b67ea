package ducha.petitions.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.security.AuthorizationService;
import ducha.core.security.Principal;
import ducha.core.spi.DashboardTile;
import ducha.core.spi.TileValue;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionTargets;

/** 本周到期信访件. */
@Component
public class DueThisWeekPetitionsTile implements DashboardTile {

	@Reference
	private PetitionService petitions;

	@Reference
	private AuthorizationService authorization;

	@Override
	public String id() {
		return "petitions.due-this-week";
	}

	@Override
	public String title() {
		return "本周到期信访件";
	}

	@Override
	public int order() {
		return 210;
	}

	@Override
	public TileValue compute(Principal viewer) {
		return PetitionTiles.count(petitions, authorization, viewer,
				PetitionTiles.DUE_THIS_WEEK, "本周日前到期", TileValue.Level.WARNING);
	}

	@Override
	public String target() {
		return PetitionTargets.LIST;
	}
}
