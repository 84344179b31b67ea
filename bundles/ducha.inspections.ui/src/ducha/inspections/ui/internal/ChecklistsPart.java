package ducha.inspections.ui.internal;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.ListTable;
import ducha.app.ui.ListTable.Column;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.core.security.Principal;
import ducha.inspections.Checklist;
import ducha.inspections.ChecklistItem;
import ducha.inspections.ChecklistService;
import ducha.inspections.InspectionPermissions;

/**
 * 检查清单: the latest version of every template and the selected one's items; 新建清单… and 修改… save a template as
 * its next version (inspections keep the version they ran).
 */
public class ChecklistsPart implements Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private Rights rights;

	@Inject
	private Background background;

	private volatile ChecklistService checklists;

	private Label status;
	private ListTable<Checklist> table;
	private ListTable<ChecklistItem> items;
	private Button edit;

	@Inject
	void servicesChanged(@Optional ChecklistService service) {
		checklists = service;
		if (table != null && !table.control().isDisposed() && service != null) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 3);
		status = Forms.summary(bar, "checklists.status");
		rights.require(Forms.button(bar, "checklists.new", Messages.newChecklist), InspectionPermissions.MANAGE)
				.addListener(SWT.Selection, e -> open(null));
		edit = Forms.button(bar, "checklists.edit", Messages.editChecklist);
		edit.addListener(SWT.Selection, e -> open(table.selected()));
		table = new ListTable<>(parent, "checklists.list", false, Checklist.class,
				new Column<>(Messages.colCode, 100, Checklist::code),
				new Column<>(Messages.colTitle, 300, Checklist::title),
				new Column<>(Messages.colVersion, 60, c -> String.valueOf(c.version())),
				new Column<>(Messages.colSaved, 100, c -> c.savedOn().toString()),
				new Column<>(Messages.colItems, 60, c -> String.valueOf(c.items().size())));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
		items = new ListTable<>(parent, "checklists.items", false, ChecklistItem.class,
				new Column<>(Messages.colGroup, 120, ChecklistItem::subject),
				new Column<>(Messages.colItem, 360, ChecklistItem::text),
				new Column<>(Messages.colScore, 90, i -> i.scored() ? String.valueOf(i.maxScore()) : Messages.passFail),
				new Column<>(Messages.colEvidence, 80, i -> i.evidenceRequired() ? Messages.yes : ""));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(items.control());
		table.onSelect(c -> {
			rights.enable(edit, c != null, InspectionPermissions.MANAGE);
			items.show(c == null ? List.of() : c.items(), null);
		});
		rights.enable(edit, false, InspectionPermissions.MANAGE);
		if (checklists != null) {
			load(null);
		} else {
			status.setText(Messages.unavailable);
		}
	}

	private void load(String select) {
		ChecklistService service = checklists;
		if (service == null) {
			return;
		}
		background.run(Messages.loadJob, () -> service.latest(principal), list -> {
			if (!table.control().isDisposed()) {
				table.show(list, c -> c.code().equals(select));
				Checklist chosen = table.selected();
				items.show(chosen == null ? List.of() : chosen.items(), null);
				rights.enable(edit, chosen != null, InspectionPermissions.MANAGE);
				Forms.report(status, NLS.bind(Messages.checklistsCount, list.size()), false);
			}
		}, reason -> {
			if (!status.isDisposed()) {
				Forms.report(status, reason, true);
			}
		});
	}

	private void open(Checklist edited) {
		ChecklistService service = checklists;
		if (service == null) {
			return;
		}
		ChecklistDialog dialog = new ChecklistDialog(table.control().getShell(), background, service, principal,
				edited);
		if (dialog.open() == Window.OK) {
			Forms.report(status, NLS.bind(Messages.checklistSaved, dialog.saved().title(), dialog.saved().version()),
					false);
			load(dialog.saved().code());
		}
	}

	/** F5: the checklists again. */
	@Override
	public void refresh() {
		load(null);
	}
}
