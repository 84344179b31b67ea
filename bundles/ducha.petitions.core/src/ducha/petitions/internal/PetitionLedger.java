package ducha.petitions.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerStorage;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.ledger.RecordLedgerKind;
import ducha.core.security.Principal;
import ducha.petitions.Channel;
import ducha.petitions.Petition;
import ducha.petitions.PetitionPermissions;
import ducha.petitions.PetitionService;

/**
 * The 信访举报台账. Its export carries 受保护 (or 匿名) in the reporter column for everyone, handlers included: a
 * ledger file leaves the audited service, so no identity goes into one. Its import brings in a court's past
 * petitions ({@value PetitionPermissions#IMPORT}, the office director): each with the state its workflow reached and
 * its own number, the reporter given in 举报人姓名/联系方式 sealed as at intake, and never over a stored number.
 */
/* the service is named: DS tooling only sees interfaces a class implements itself, not its superclass's */
@Component(service = LedgerKind.class)
public class PetitionLedger extends RecordLedgerKind<ImportedPetition> {

	@Reference
	private PetitionsUnit unit;

	@Reference
	private PetitionService petitions;

	@Reference
	private PetitionKeys keys;

	@Reference
	private ReporterSeal seal;

	public PetitionLedger() {
		super("petitions", "信访举报台账", PetitionColumns.ALL, PetitionColumns.NUMBER);
	}

	@Override
	protected LedgerStorage storage() {
		return LedgerStorage.of(unit.emf(), unit.authorization(), unit.audit(), PetitionPermissions.IMPORT,
				PetitionPermissions.READ, "petition.import");
	}

	@Override
	protected ImportedPetition parse(LedgerRowValidator v, LedgerRow row) {
		return new PetitionRowReader(unit.directory(), LocalDate.now()).read(v, row);
	}

	/**
	 * Refuses, naming the row, a number already stored (a petition changes through its workflow only) and staff
	 * outside the importer's departments (as the petitions they may see). The petitions to store are registered by
	 * the importer, and those without 办理期限 get the days intake gives their channel.
	 */
	@Override
	protected List<ImportedPetition> check(EntityManager em, LedgerRowValidator v, List<LedgerRow> rows,
			List<ImportedPetition> records, Principal actor) {
		for (ImportedPetition stored : ImportedPetitions.alreadyStored(em, records)) {
			v.problem(rows.get(records.indexOf(stored)), PetitionColumns.NUMBER,
					NLS.bind(Messages.importNumberTaken, stored.number()));
		}
		for (int i = 0; i < records.size(); i++) {
			for (String staffNo : records.get(i).reportedStaff()) {
				String department = unit.directory().staff(staffNo).map(s -> s.departmentCode()).orElse(null);
				if (!actor.scope().all() && !actor.scope().includes(department)) {
					v.problem(rows.get(i), PetitionColumns.STAFF, NLS.bind(Messages.importOutOfScope, staffNo));
				}
			}
		}
		Map<Channel, Integer> deadlineDays = DeadlineSettings.load();
		return records.stream().map(p -> p.by(actor.username(), deadlineDays)).toList();
	}

	@Override
	protected Stored upsert(EntityManager em, ImportedPetition petition) {
		new ImportedPetitions(keys, seal).store(em, petition);
		return Stored.INSERTED;
	}

	@Override
	protected void afterStore(EntityManager em, List<ImportedPetition> records) {
		ImportedPetitions.catchUpCounters(em, records);
	}

	/**
	 * The ledger view's 修改 would overwrite a petition outside its workflow (and its audit trail): refused, the
	 * petition is worked on in the petitions view.
	 */
	@Override
	public LedgerImportResult importEdit(LedgerTable table, List<String> seen, Principal actor) {
		checkMayImport(actor);
		throw new LedgerValidationException(
				List.of(new LedgerProblem(table.fileName(), 0, null, Messages.importEditRefused)));
	}

	/** Through the petition service, which shuts out the staff a petition names and applies department scope. */
	@Override
	protected List<List<String>> export(EntityManager em, Principal reader) {
		return petitions.list(reader).stream().map(PetitionLedger::row).toList();
	}

	static List<String> row(Petition p) {
		return List.of(p.number(), p.channel().label(), p.receivedOn().toString(), p.reporter(), "", "",
				String.join("、", p.reportedStaff()), p.category(), p.summary(), cell(p.referringBody()),
				p.deadline().toString(), p.state().label(), p.conclusion() == null ? "" : p.conclusion().label(),
				cell(p.conclusionText()), cell(p.concludedOn()), p.disposition() == null ? "" : p.disposition().label(),
				cell(p.dispositionText()), cell(p.disposedOn()), cell(p.closedOn()));
	}
}
