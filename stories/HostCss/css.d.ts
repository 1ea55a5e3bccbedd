// The layered kit sheet as text, served by the faultline-styles plugin in .storybook/main.ts.
declare module '*?layered&inline' {
  const css: string;
  export default css;
}
