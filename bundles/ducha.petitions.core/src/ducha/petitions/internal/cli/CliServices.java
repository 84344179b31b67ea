package ducha.petitions.internal.cli;

import ducha.core.ledger.LedgerService;
import ducha.petitions.ClueService;
import ducha.petitions.PetitionService;
import ducha.petitions.ReceptionService;
import ducha.petitions.internal.PetitionKeyMaintenance;

/** The services the petitions commands use. */
record CliServices(PetitionService petitions, ClueService clues, ReceptionService receptions, LedgerService ledgers,
		PetitionKeyMaintenance keys) {
}
