package ducha.petitions.ui.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import ducha.app.ui.Background;
import ducha.app.ui.Forms;
import ducha.app.ui.OpensRecords;
import ducha.app.ui.PeopleNames;
import ducha.app.ui.Refreshable;
import ducha.app.ui.Rights;
import ducha.app.ui.ShowsSubsets;
import ducha.core.directory.DepartmentNames;
import ducha.core.directory.DirectoryService;
import ducha.core.directory.Staff;
import ducha.core.directory.StaffQuery;
import ducha.core.security.Principal;
import ducha.core.security.UserAccount;
import ducha.core.security.UserService;
import ducha.petitions.Intake;
import ducha.petitions.Petition;
import ducha.petitions.PetitionService;
import ducha.petitions.PetitionSubset;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * 信访举报: the petitions the user may see, the intake form and the selected petition with its workflow actions.
 * Every service call runs in a Job; outcomes appear in the status line, refused actions also in a dialog.
 */
public class PetitionsPart implements OpensRecords, ShowsSubsets, Refreshable {

	@Inject
	private Principal principal;

	@Inject
	private PeopleNames names;

	@Inject
	private Rights rights;

	@Inject
	private DirectoryService directory;

	@Inject
	private UserService users;

	private final Background background;
	private final ServiceCalls<PetitionService> calls;
	private Label status;
	private PetitionTable table;
	private TabFolder tabs;
	private TabItem detailTab;
	private IntakeForm intake;
	private DetailPane detail;
	private CaseworkPane casework;
	/** 显示: all petitions, or a subset a home tile counts (在办, 本周到期, 超期). */
	private Combo subset;
	/** The petitions last read, all of them: the subset filters them without reading again. */
	private List<Petition> loaded;

	@Inject
	public PetitionsPart(Background background) {
		this.background = background;
		calls = new ServiceCalls<>(background);
	}

	/** The service, injected again when it comes or goes: the list is read once it is there. */
	@Inject
	void serviceChanged(@Optional PetitionService service) {
		calls.set(service);
		if (service != null && status != null && !status.isDisposed()) {
			load(null);
		}
	}

	@PostConstruct
	void create(Composite parent) {
		Composite bar = Forms.bar(parent, 4);
		status = Forms.named(new Label(bar, SWT.WRAP), "status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		new Label(bar, SWT.NONE).setText(Messages.Part_subset);
		subset = Forms.combo(bar, "subset", Messages.Part_subsetAll, Messages.Part_subsetOpen,
				Messages.Part_subsetDueThisWeek, Messages.Part_subsetOverdue);
		subset.addListener(SWT.Selection, e -> {
			if (loaded != null) {
				show(loaded, null);
			}
		});
		Button reload = Forms.button(bar, "reload", Messages.Part_reload);
		reload.addListener(SWT.Selection, e -> load(null));

		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		table = new PetitionTable(sash, this::select, names);
		tabs = Forms.named(new TabFolder(sash, SWT.TOP), "tabs");
		TabItem intakeTab = new TabItem(tabs, SWT.NONE);
		intakeTab.setText(Messages.Tab_intake);
		intake = new IntakeForm(tabs, this::register, rights);
		intakeTab.setControl(intake.control());
		detailTab = new TabItem(tabs, SWT.NONE);
		detailTab.setText(Messages.Tab_detail);
		detail = new DetailPane(tabs, rights, names, new DetailPane.Actions() {
			@Override
			public void update(String what, Function<PetitionService, Petition> call) {
				PetitionsPart.this.update(what, call);
			}

			@Override
			public void reveal(String number, String reason) {
				PetitionsPart.this.reveal(number, reason);
			}
		});
		detailTab.setControl(detail.control());
		TabItem caseworkTab = new TabItem(tabs, SWT.NONE);
		caseworkTab.setText(Messages.Tab_casework);
		casework = new CaseworkPane(tabs,
				new Casework(principal, calls, this::say, this::load, parent.getShell(), names));
		caseworkTab.setControl(casework.control());
		sash.setWeights(55, 45);
		load(null);
		// the staff reported and the handlers' accounts are chosen by name, read once off the UI thread (the
		// choosers offer those still with the court)
		background.run(Messages.Part_loadJob, () -> new Staffing(directory.staff(StaffQuery.ALL, principal),
				directory.departmentNames(), users.users()), staffing -> {
					if (!status.isDisposed()) {
						intake.offer(staffing.staff(), staffing.departments());
						detail.offer(staffing.accounts(), staffing.staff());
						casework.offer(staffing.accounts(), staffing.staff());
					}
				}, this::fail);
	}

	/** Whom the forms offer: the staff reported, the handlers' accounts. */
	private record Staffing(List<Staff> staff, DepartmentNames departments, List<UserAccount> accounts) {
	}

	private void load(String select) {
		status.setText(Messages.Part_loading);
		calls.run(Messages.Part_loadJob, s -> {
			List<Petition> petitions = s.list(principal);
			names.warm(petitions.stream().flatMap(p -> p.reportedStaff().stream()).distinct().toList());
			return petitions;
		}, petitions -> show(petitions, select), this::fail);
	}

	/** Reads the list again and shows the petition with the number (the quick-find's hit). */
	@Override
	public void openRecord(String number) {
		load(number);
	}

	/** A home tile's click: the list shows the petitions the tile counted. */
	@Override
	public void showSubset(String name) {
		for (PetitionSubset s : PetitionSubset.values()) {
			if (s.name().equals(name)) {
				subset.select(s.ordinal() + 1);
				if (loaded != null) {
					show(loaded, null);
				}
			}
		}
	}

	private void show(List<Petition> petitions, String select) {
		if (status.isDisposed()) {
			return;
		}
		loaded = petitions;
		LocalDate today = LocalDate.now();
		int chosen = subset.getSelectionIndex();
		PetitionSubset only = chosen <= 0 ? null : PetitionSubset.values()[chosen - 1];
		List<Petition> shown = only == null ? petitions
				: petitions.stream().filter(p -> only.includes(p, today)).toList();
		table.show(shown, select);
		long open = petitions.stream().filter(p -> PetitionSubset.OPEN.includes(p, today)).count();
		long overdue = petitions.stream().filter(p -> PetitionSubset.OVERDUE.includes(p, today)).count();
		status.setText(NLS.bind(Messages.Part_summary, new Object[] { petitions.size(), open, overdue })
				+ (only == null ? "" : NLS.bind(Messages.Part_shown, subset.getText(), shown.size())));
		if (select != null) {
			petitions.stream().filter(p -> p.number().equals(select)).findFirst().ifPresent(this::select);
		}
	}

	private void select(Petition petition) {
		detail.show(petition);
		casework.show(petition);
		if (petition != null && tabs.getSelectionIndex() == 0) {
			tabs.setSelection(detailTab);
		}
	}

	private void say(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			status.getParent().layout(true);
		}
	}

	private void register(Intake form) {
		calls.run(Messages.Part_saveJob, s -> s.register(form, principal), petition -> {
			intake.clear();
			load(petition.number());
			status.setText(NLS.bind(Messages.Intake_registered, petition.number()));
		}, this::refuse);
	}

	private void update(String what, Function<PetitionService, Petition> call) {
		String number = detail.shown().number();
		calls.change(Messages.Part_saveJob, call, petition -> {
			load(petition.number());
			status.setText(NLS.bind(Messages.Detail_done, what, petition.state().label()));
		}, this::refuse, () -> load(number));
	}

	private void reveal(String number, String reason) {
		calls.run(Messages.Detail_reveal, s -> s.revealReporter(number, reason, principal), revealed -> {
			if (detail.shown() != null && detail.shown().number().equals(number)) {
				detail.showReporter(revealed);
			}
		}, this::refuse);
	}

	private void fail(String reason) {
		Forms.refused(status, reason);
	}

	/** A refused or invalid action: the reason in a dialog (the service lists every problem) and the status line. */
	private void refuse(String reason) {
		fail(reason);
		if (!status.isDisposed()) {
			MessageDialog.openError(status.getShell(), Messages.Part_refused, reason);
		}
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	@PreDestroy
	void dispose() {
		if (!detail.control().isDisposed()) {
			detail.hideReporter();
		}
	}

	/** F5: what 重新载入 does. */
	@Override
	public void refresh() {
		load(null);
	}
}
