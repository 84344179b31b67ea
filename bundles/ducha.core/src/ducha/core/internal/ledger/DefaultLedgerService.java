package ducha.core.internal.ledger;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import ducha.core.Language;
import ducha.core.NotFoundException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.SheetChoice;
import ducha.core.security.Principal;

/** Reads and writes the files of every registered {@link LedgerKind}; the kinds validate and store. */
@Component
public class DefaultLedgerService implements LedgerService {

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<LedgerKind> kinds;

	@Reference
	private LedgerReader reader;

	@Override
	public List<LedgerKind> kinds() {
		List<LedgerKind> current = kinds;
		return current == null ? List.of()
				: current.stream().sorted(Comparator.comparing(LedgerKind::id)).toList();
	}

	@Override
	public Optional<LedgerKind> kind(String id) {
		return kinds().stream().filter(k -> k.id().equals(id)).findFirst();
	}

	@Override
	public LedgerImportResult importFile(String kindId, Path file, String sheet, Principal actor,
			IProgressMonitor monitor) {
		LedgerKind kind = require(kindId);
		return kind.importFile(file, reader.inSheet(SheetChoice.of(kind, sheet)), actor, monitor);
	}

	@Override
	public int exportFile(String kindId, Path file, Principal actor) {
		LedgerKind kind = require(kindId);
		List<List<String>> rows = kind.exportRows(actor);
		LedgerFileWriter.write(file, kind.columns(), rows);
		return rows.size();
	}

	@Override
	public void writeTemplate(String kindId, Path file) {
		LedgerKind kind = require(kindId);
		List<String> example = kind.columns().stream().map(LedgerColumn::example)
				.map(e -> e == null ? "" : e).toList();
		LedgerFileWriter.write(file, kind.columns(), List.of(example));
	}

	private LedgerKind require(String kindId) {
		return kind(kindId).orElseThrow(() -> new NotFoundException(Language.format(Messages.Service_noKind, kindId,
				String.join(Messages.Service_kindSeparator, kinds().stream()
						.map(k -> Language.format(Messages.Service_kindItem, k.id(), k.label())).toList()))));
	}
}
