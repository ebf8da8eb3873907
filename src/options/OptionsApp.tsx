export function OptionsApp() {
  return <main data-icp-options>ICP Filing Helper</main>;
}
