package ducha.petitions.internal.cli;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerService;
import ducha.core.spi.CliContribution;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionService;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.PetitionKeyMaintenance;

/** {@code ducha-cli petitions ...}. */
@Component
public class PetitionsCliContribution implements CliContribution {

	@Reference
	private PetitionService petitions;

	@Reference
	private ClueService clues;

	@Reference
	private ReceptionService receptions;

	@Reference
	private LedgerService ledgers;

	@Reference
	private PetitionKeyMaintenance keys;

	@Override
	public String name() {
		return "petitions";
	}

	@Override
	public Object newCommand() {
		return PetitionsCommand.create(new CliServices(petitions, clues, receptions, ledgers, keys));
	}
}
