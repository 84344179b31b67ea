package ducha.petitions.internal.cli;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

import ducha.cli.OnFirstUse;
import ducha.core.ledger.LedgerService;
import ducha.core.spi.CliContribution;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionService;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.PetitionKeyMaintenance;

/** {@code ducha-cli petitions ...}. */
@Component
public class PetitionsCliContribution implements CliContribution {

	// The services on first use, not @Reference: the contribution is registered with its bundle, so that help needs
	// neither the database nor the plugin's persistence unit; a command that runs waits for them (OnFirstUse).
	private final PetitionService petitions = OnFirstUse.service(PetitionService.class);

	private final ClueService clues = OnFirstUse.service(ClueService.class);

	private final ReceptionService receptions = OnFirstUse.service(ReceptionService.class);

	private final LedgerService ledgers = OnFirstUse.service(LedgerService.class);

	private final Supplier<PetitionKeyMaintenance> keys = OnFirstUse.supplier(PetitionKeyMaintenance.class);

	@Override
	public String name() {
		return "petitions";
	}

	@Override
	public Object newCommand() {
		return PetitionsCommand.create(new CliServices(petitions, clues, receptions, ledgers, keys));
	}
}
