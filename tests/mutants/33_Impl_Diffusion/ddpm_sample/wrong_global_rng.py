# generator를 무시하고 단계마다 ddpm_sample_step이 전역 난수로 잡음을 뽑게 둔다
@torch.no_grad()
def ddpm_sample(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    shape: tuple[int, ...],
    betas: torch.Tensor,
    variance: str = "beta",
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    T = betas.shape[0]
    x = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)  # x_T
    for t in range(T - 1, -1, -1):
        z = None
        x = ddpm_sample_step(model, x, t, betas, noise=z, variance=variance)
    return x
