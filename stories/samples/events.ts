// Real SDK events (copies in test/fixtures/events, with their licences), one or more per
// platform, for every component's stories. Import the JSON as sent: components normalize it.
import bugsinkContexts from '../../test/fixtures/events/bugsink/contexts.json';
import crystal from '../../test/fixtures/events/bugsink/crystal_platform.json';
import exceptionGroup from '../../test/fixtures/events/bugsink/exception-group.json';
import framesWithMissingInfo from '../../test/fixtures/events/bugsink/frames-with-missing-info.json';
import headersAsLists from '../../test/fixtures/events/bugsink/headers_as_lists.json';
import go from '../../test/fixtures/events/bugsink/issue-16-go.json';
import laravelBugsink from '../../test/fixtures/events/bugsink/laravel.json';
import logmessageParams from '../../test/fixtures/events/bugsink/logmessage-w-params.json';
import nonsense from '../../test/fixtures/events/bugsink/nonsense_platform.json';
import javaMessage from '../../test/fixtures/events/bugsink/top-level-message.json';
import visualshots from '../../test/fixtures/events/bugsink/visualshots-rich.json';
import nodeHttpServer from '../../test/fixtures/events/faultline/node-http-server.json';
import dotnetError from '../../test/fixtures/events/glitchtip/dotnet_error.json';
import androidAnr from '../../test/fixtures/events/sentry/android_anr2.json';
import androidNdk from '../../test/fixtures/events/sentry/android-ndk.json';
import javaChained from '../../test/fixtures/events/sentry/java-chained.json';
import uglifyBundle from '../../test/fixtures/events/bugsink/uglifyjs-minified-sourcemaps-in-bundle.json';
import javascriptChrome from '../../test/fixtures/events/sentry/javascript-xbrowser-chrome.json';
import minifiedJavascript from '../../test/fixtures/events/sentry/minified-javascript.json';
import cocoa from '../../test/fixtures/events/sentry/mobile1-xid.json';
import native from '../../test/fixtures/events/sentry/native2-boost.json';
import pythonHttpError from '../../test/fixtures/events/sentry/python-http-error.json';
import swiftDealloc from '../../test/fixtures/events/sentry/swift-dealloc.json';
import unity from '../../test/fixtures/events/sentry/unity.json';

/** One sample event per platform the fixtures cover, keyed by a story-friendly name. */
export const platformEvents = {
  python: visualshots,
  pythonHttpError,
  pythonExceptionGroup: exceptionGroup,
  pythonBreadcrumbs: framesWithMissingInfo,
  pythonContexts: bugsinkContexts,
  pythonLogMessage: logmessageParams,
  javascript: javascriptChrome,
  javascriptMinified: minifiedJavascript,
  javascriptContexts: uglifyBundle,
  node: nodeHttpServer,
  java: javaChained,
  javaMessage,
  android: androidAnr,
  androidNative: androidNdk,
  cocoa,
  swift: swiftDealloc,
  native,
  csharp: dotnetError,
  csharpHeadersAsLists: headersAsLists,
  unity,
  go,
  php: laravelBugsink,
  crystal,
  nonsense,
} as const satisfies Record<string, unknown>;

/** Names of the sample events. */
export type PlatformEventName = keyof typeof platformEvents;
