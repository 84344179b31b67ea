package ducha.petitions.internal.cli;

import java.util.function.Supplier;

import ducha.core.ledger.LedgerService;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionService;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.PetitionKeyMaintenance;

/**
 * The services the petitions commands use; the key maintenance, a class, when a command first asks for it (see
 * {@link ducha.cli.OnFirstUse}).
 */
record CliServices(PetitionService petitions, ClueService clues, ReceptionService receptions, LedgerService ledgers,
		Supplier<PetitionKeyMaintenance> keys) {
}
