-- Plugins the court switched off without uninstalling them (ducha-cli plugins disable, the workbench's About
-- dialog). A row means disabled: every desktop stops that plugin's bundles at start; its own tables stay.

create table disabled_plugin (
	plugin varchar(64) not null,
	disabled_by varchar(50) not null,
	disabled_at timestamp not null,
	constraint disabled_plugin_pk primary key (plugin)
);
