export function PopupApp() {
  return <main data-icp-popup>ICP Filing Helper</main>;
}
