// The cry listener's audio worklet: hands each block of microphone samples to the page, where the
// listener reads it into numbers and drops it. Nothing is stored or sent anywhere.
class ListenProcessor extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0]?.[0];
    if (channel && channel.length > 0) this.port.postMessage(channel.slice(0));
    return true;
  }
}
registerProcessor("attune-listen", ListenProcessor);
