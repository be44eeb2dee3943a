/* global Office */

/**
 * Placeholder for an ExecuteFunction command, as the Office add-in generator registers it.
 * No ribbon button uses it yet (校验 / Validate opens the task pane); it only tells Office
 * that the command has finished.
 */
function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

// `Office` is undefined only when office.js failed to load (e.g. the CDN is unreachable).
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    // Office.js is ready; nothing to initialise yet.
  });
  Office.actions.associate('action', action);
}
